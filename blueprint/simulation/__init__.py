"""The Monte Carlo behind `blueprint simulate`, in three steps.

``compile`` turns a Document into a flat flow model (routes, joins, loop caps, measured
standards, assumptions); ``engine`` walks it for all runs at once with numpy; ``report``
summarises the runs (percentiles, Wilson intervals, BP301) and writes text, Markdown and JSON.
``blueprint.simulate`` is the public face.
"""
