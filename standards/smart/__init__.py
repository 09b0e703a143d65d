"""The SMART analyser: verdicts on a service standard's wording, with quoted reasons.

>>> from standards.smart import analyse
>>> analyse("电话接通后15秒内问候客户").criteria["T"].verdict
'pass'
"""

from standards.smart.analyser import analyse
from standards.smart.fields import StructuredFields
from standards.smart.language import LANGUAGES, detect_language
from standards.smart.result import CriterionResult, Reason, SmartResult

__all__ = [
    "LANGUAGES",
    "CriterionResult",
    "Reason",
    "SmartResult",
    "StructuredFields",
    "analyse",
    "detect_language",
]
