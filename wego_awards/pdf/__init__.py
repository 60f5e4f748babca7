"""PDF rendering: certificates and the results report, pure functions of their inputs.

Nothing here touches the database; the service layer gathers the data and calls these.
"""

from .certificate import (
    CertificateBatch,
    CertificateData,
    render_certificate,
    render_certificates,
)
from .fonts import FontError
from .report import render_report
from .template import Signatory, Template, TemplateError, load_template

__all__ = [
    "CertificateBatch",
    "CertificateData",
    "FontError",
    "Signatory",
    "Template",
    "TemplateError",
    "load_template",
    "render_certificate",
    "render_certificates",
    "render_report",
]
