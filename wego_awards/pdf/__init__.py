"""PDF rendering: certificates, the results report and the feedback letters, pure functions of
their inputs.

Nothing here touches the database; the service layer gathers the data and calls these.
"""

from .certificate import (
    CertificateBatch,
    CertificateData,
    render_certificate,
    render_certificates,
)
from .feedback import (
    CriterionFigures,
    FeedbackLetter,
    Stage,
    judge_label,
    render_letter,
    render_letters,
)
from .fonts import FontError
from .report import render_report
from .template import Signatory, Template, TemplateError, load_template

__all__ = [
    "CertificateBatch",
    "CertificateData",
    "CriterionFigures",
    "FeedbackLetter",
    "FontError",
    "Signatory",
    "Stage",
    "Template",
    "TemplateError",
    "judge_label",
    "load_template",
    "render_certificate",
    "render_certificates",
    "render_letter",
    "render_letters",
    "render_report",
]
