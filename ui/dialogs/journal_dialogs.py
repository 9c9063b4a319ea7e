"""The dialogs of the journal of issue and return, in one place for the journal page to import.

Each is a `FormDialog`: `exec()` is truthy on success and `result_value` holds what the service returned.
"""

from __future__ import annotations

from ui.dialogs.journal_correction_dialogs import CloseVolumeDialog, CorrectionDialog
from ui.dialogs.journal_issue_dialog import IssueDialog
from ui.dialogs.journal_return_dialogs import FaultDialog, ReturnDialog
from ui.dialogs.signer_box import SignerBox

__all__ = ["CloseVolumeDialog", "CorrectionDialog", "FaultDialog", "IssueDialog", "ReturnDialog", "SignerBox"]
