"""Hypothesis strategies: blueprint documents as the data a YAML file would hold.

Used by the export round-trip tests and the loader property tests (and by the fuzz target).
"""

from __future__ import annotations

from hypothesis import strategies as st

LANES = ["customer", "onstage", "backstage", "support", "management"]
TEXT_ALPHABET = st.characters(
    codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"), exclude_characters="\ufeff\x85"
)
text = st.text(alphabet=TEXT_ALPHABET, min_size=1, max_size=20).map(str.strip).filter(bool)
ids = st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True)
durations = st.one_of(
    st.sampled_from(["30s", "2m", "1h", "3d", "2wd", "15秒", "2分钟", "三个工作日", "PT2M", "1h30m", 0]),
    st.builds(
        lambda a, b, c: {"min": f"{a}m", "likely": f"{a + b}m", "max": f"{a + b + c}m"},
        st.integers(0, 30), st.integers(0, 30), st.integers(0, 30),
    ),
)


@st.composite
def documents(draw, max_steps: int = 8) -> dict:
    step_ids = draw(st.lists(ids, min_size=1, max_size=max_steps, unique=True))
    actor_ids = draw(st.lists(ids, max_size=3, unique=True))
    standard_ids = draw(st.lists(st.from_regex(r"S[0-9]{1,3}", fullmatch=True), max_size=4, unique=True))
    steps = []
    for index, step_id in enumerate(step_ids):
        step: dict = {"id": step_id, "lane": draw(st.sampled_from(LANES)), "name": draw(text)}
        optional = {
            "actor": st.sampled_from(actor_ids) if actor_ids else None,
            "duration": durations,
            "wait": durations,
            "tolerance": durations,
            "emotion": st.integers(-3, 3),
            "evidence": st.lists(text, max_size=3),
            "contact": st.sampled_from(["phone", "face-to-face", "app", "web"]),
            "moment_of_truth": st.booleans(),
            "stage": text,
            "notes": text,
            "standards": st.lists(st.sampled_from(standard_ids), max_size=2, unique=True) if standard_ids else None,
            "fail_points": st.lists(
                st.fixed_dictionaries(
                    {"id": st.from_regex(r"F[0-9]{1,3}", fullmatch=True), "what": text},
                    optional={"prevent": text, "recover": text, "likelihood": st.floats(0, 1), "delay": durations, "severity": st.integers(1, 5)},
                ),
                max_size=2,
            ),
        }
        for key, strategy in optional.items():
            if strategy is not None and draw(st.booleans()):
                step[key] = draw(strategy)
        later = step_ids[index + 1 :]
        if later:
            shape = draw(st.sampled_from(["none", "one", "fork", "branches"] if len(later) > 1 else ["none", "one"]))
            if shape == "one":
                step["next"] = draw(st.sampled_from(later))
            elif shape == "fork":
                step["next"] = draw(st.lists(st.sampled_from(later), min_size=1, max_size=3, unique=True))
            elif shape == "branches":
                targets = draw(st.lists(st.sampled_from(later), min_size=2, max_size=3, unique=True))
                step["kind"] = "decision"
                step["next"] = [{"to": target, "when": draw(text), "probability": round(1 / len(targets), 3)} for target in targets]
        steps.append(step)
    document = {
        "blueprint": {"id": draw(ids), "title": draw(text), "language": draw(st.sampled_from(["en", "zh-CN", "zh-TW"]))},
        "steps": steps,
    }
    if actor_ids:
        document["actors"] = {actor: {"name": draw(text), "lane": draw(st.sampled_from(LANES))} for actor in actor_ids}
    if standard_ids:
        document["standards"] = [
            {"id": sid, "statement": draw(text), **({"target": draw(st.sampled_from(["<= 15s", ">= 95%", "< 2wd"]))} if draw(st.booleans()) else {})}
            for sid in standard_ids
        ]
    return document
