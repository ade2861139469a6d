"""Settings → Seller profile: my company, solutions, value statements, cases by industry, logo,
contact details and WeChat QR, one tab per language (the deck speaks the customer's language)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.briefing import (
    SellerCaseRecord,
    SellerProfileRecord,
    format_solutions,
    parse_solutions,
    split_lines,
)
from desktop.services.container import Services
from desktop.ui import bus as kinds
from desktop.ui.bus import Bus
from desktop.ui.forms import ValidatedForm
from desktop.ui.operations import run_op
from desktop.ui.windows import scrolled

CASE_FIELDS = ("industry", "customer", "title", "challenge", "solution", "result")
MAX_IMAGE_BYTES = 2 * 1024 * 1024
Index = QModelIndex | QPersistentModelIndex


class CasesModel(QAbstractTableModel):
    """The reference cases of one language, editable in place."""

    def __init__(self, cases: tuple[SellerCaseRecord, ...], language: str, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.language = language
        self.cases = list(cases)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Industry"), self.tr("Customer"), self.tr("Title"), self.tr("Challenge"),
                self.tr("What we did"), self.tr("Result"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(CASE_FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return getattr(self.cases[index.row()], CASE_FIELDS[index.column()])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = index.row()
        self.cases[row] = replace(self.cases[row], **{CASE_FIELDS[index.column()]: str(value)})
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def add_case(self) -> int:
        row = len(self.cases)
        self.beginInsertRows(QModelIndex(), row, row)
        self.cases.append(SellerCaseRecord(id=None, language=self.language, industry="",
                                           customer="", title=""))
        self.endInsertRows()
        return row

    def remove_case(self, row: int) -> None:
        if 0 <= row < len(self.cases):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.cases[row]
            self.endRemoveRows()


class ImageField(QWidget):
    """An optional image (logo, QR): a thumbnail, Choose… and Remove."""

    def __init__(self, data: bytes | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.thumb = QLabel(self)
        self.thumb.setFixedHeight(56)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(lambda: self.set_data(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumb)
        row.addWidget(choose)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.set_data(data)

    def set_data(self, data: bytes | None) -> None:
        self.data = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.thumb.setPixmap(pixmap.scaledToHeight(56, Qt.TransformationMode.SmoothTransformation))
        else:
            self.thumb.setText(self.tr("None"))
        self.remove.setEnabled(bool(data))

    def choose(self) -> None:
        from desktop.ui.files import ask_open_path

        path = ask_open_path(self, self.tr("Choose an image"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path is not None:
            self.load_file(str(path))

    def load_file(self, path: str) -> bool:
        from pathlib import Path

        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Image"), self.tr("The image could not be read: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return False
        if len(data) > MAX_IMAGE_BYTES or not QPixmap().loadFromData(data):
            QMessageBox.warning(self, self.tr("Image"), self.tr(
                "Choose a PNG or JPEG image smaller than 2 MB."))
            return False
        self.set_data(data)
        return True


class ProfileTab(QWidget):
    """The profile of one language."""

    def __init__(self, profile: SellerProfileRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        form = ValidatedForm(self)
        self.form = form
        form.add_line("company_name", self.tr("My company"))
        form.add_text("tagline", self.tr("Tagline"),
                      self.tr("One per line; start a line with [industry] to show it only to "
                              "customers of that industry"))
        form.add_text("about", self.tr("About us"))
        form.add_text("solutions", self.tr("Products and solutions"),
                      self.tr("One per line: name: what it does. Start with [industry, industry] "
                              "to show it only to those customers (none tagged: all show)"))
        form.add_text("value_statements", self.tr("Why us"), self.tr("One reason per line"))
        form.add_line("seller_name", self.tr("My name"))
        form.add_line("seller_title", self.tr("My title"))
        form.add_line("phone", self.tr("Phone"))
        form.add_line("email", self.tr("Email"))
        form.add_line("wechat", self.tr("WeChat ID"))
        form.add_line("wechat_qr_text", self.tr("WeChat QR link"),
                      self.tr("The deck draws a QR code from this link"))
        form.add_line("website", self.tr("Website"))
        form.add_line("address", self.tr("Address"))
        self.logo = ImageField(profile.logo, self)
        form.layout_.addRow(self.tr("Logo"), self.logo)
        self.qr = ImageField(profile.qr_image, self)
        form.layout_.addRow(self.tr("QR image (optional)"), self.qr)
        for name in ("company_name", "seller_name", "seller_title", "phone", "email",
                     "wechat", "wechat_qr_text", "website", "address"):
            form.fields[name].setText(getattr(profile, name))  # type: ignore[attr-defined]
        form.fields["tagline"].setPlainText(profile.tagline)  # type: ignore[attr-defined]
        form.fields["about"].setPlainText(profile.about)  # type: ignore[attr-defined]
        form.fields["solutions"].setPlainText(  # type: ignore[attr-defined]
            format_solutions(profile.solutions, profile.language))
        form.fields["value_statements"].setPlainText(  # type: ignore[attr-defined]
            "\n".join(profile.value_statements))

        self.cases = CasesModel(profile.cases, profile.language, self)
        self.cases_view = QTableView(self)
        self.cases_view.setObjectName("cases")
        self.cases_view.setModel(self.cases)
        self.cases_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("Add case"), self)
        add.clicked.connect(self._add_case)
        remove = QPushButton(self.tr("Remove case"), self)
        remove.clicked.connect(lambda: self.cases.remove_case(self.cases_view.currentIndex().row()))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Reference cases (the deck picks those of the "
                                         "customer's industry)"), self), 1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addLayout(buttons)
        layout.addWidget(self.cases_view, 1)

    def _add_case(self) -> None:
        row = self.cases.add_case()
        self.cases_view.edit(self.cases.index(row, 0))

    def record(self) -> SellerProfileRecord:
        f = self.form
        text = {n: f.fields[n].text() for n in (  # type: ignore[attr-defined]
            "company_name", "seller_name", "seller_title", "phone", "email", "wechat",
            "wechat_qr_text", "website", "address")}
        return SellerProfileRecord(
            language=self.profile.language, **text,
            tagline="\n".join(split_lines(f.fields["tagline"].toPlainText())),  # type: ignore[attr-defined]
            about=f.fields["about"].toPlainText(),  # type: ignore[attr-defined]
            solutions=parse_solutions(f.fields["solutions"].toPlainText()),  # type: ignore[attr-defined]
            value_statements=split_lines(
                f.fields["value_statements"].toPlainText()),  # type: ignore[attr-defined]
            logo=self.logo.data, qr_image=self.qr.data,
            cases=tuple(c for c in self.cases.cases if c.title or c.customer),
        )


class SellerProfileDialog(QDialog):
    """Edit the seller profile in Chinese and English; Save writes both in one go each."""

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.setObjectName("SellerProfileDialog")
        self.setWindowTitle(self.tr("Seller profile"))
        self.resize(820, 860)
        self.tabs = QTabWidget(self)
        self.pages = {
            "zh_CN": ProfileTab(services.seller_profile.get("zh_CN"), self),
            "en": ProfileTab(services.seller_profile.get("en"), self),
        }
        # the form is taller than a 1366×768 laptop: it scrolls, Save and Cancel stay in view
        self.tabs.addTab(scrolled(self.pages["zh_CN"], self.tabs), self.tr("Chinese"))
        self.tabs.addTab(scrolled(self.pages["en"], self.tabs), self.tr("English"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What the first-call deck says about you and your "
                                        "company."), self))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def save(self) -> bool:
        records = [page.record() for page in self.pages.values()]
        profiles = self.services.seller_profile
        if not run_op(self, lambda: [profiles.save(r) for r in records], bus=self.bus, changes=(kinds.SETTINGS,)):
            return False
        self.accept()
        return True
