"""What a file in a sources folder is, judged by its content, and the text of PDF and HTML
documents.

A folder a researcher points pchgraph at also holds things that are not documents: a graph
written there by ``pchgraph build --out``, CSV exports, spreadsheets, editor backups. Those are
skipped with one warning each, so that none is ever read as a document (and a graph written into
its own sources folder is not read back on the next build).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError, Problem

TEXT = "text"
PDF = "pdf"
HTML = "html"

HEAD_BYTES = 4096
BACKUP_SUFFIXES = (".bak", ".tmp", ".swp", ".swo")
TABLE_SUFFIXES = {".csv": "CSV", ".tsv": "TSV", ".tab": "TSV"}
HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body)\b")
XML_ROOT = re.compile(rb"<([A-Za-z][\w.:-]*)")
GRAPH_XML_ROOTS = {b"graphml": "GraphML", b"gexf": "GEXF"}
JSON_START = re.compile(rb'^(\{\s*("|\})|\[\s*[\[{"\d\-\]tfn])')
GRAPH_JSON_KEYS = (b'"directed"', b'"multigraph"', b'"pchgraph_format"', b'"nodes"', b'"edges"', b'"links"', b'"elements"')
LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)
BOILERPLATE_TAGS = ("nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form", "iframe", "svg", "button")
BOILERPLATE_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar")


@dataclass(frozen=True)
class FileKind:
    """What a file is: a document format to read (``text``, ``pdf``, ``html``), or why it is skipped."""

    format: str | None
    skipped_because: str | None = None


def file_kind(path: Path) -> FileKind:
    """What a file is, from its name only where the name is the whole story (editor backups,
    tables), else from its first bytes.

    Examples
    --------
    >>> file_kind(Path("notes.txt~")).skipped_because
    'an editor backup'
    """
    reason = backup_reason(path.name) or table_reason(path.name)
    if reason:
        return FileKind(None, reason)
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        # read_document reports the file as unreadable, naming why
        return FileKind(TEXT)
    return kind_of_content(head, path)


def backup_reason(name: str) -> str | None:
    """Why a file name is an editor's backup, lock or temporary file, or None.

    Examples
    --------
    >>> [backup_reason(n) for n in ("a.txt~", "#a.txt#", "a.bak", "a.txt")]
    ['an editor backup', 'an editor backup', 'an editor backup', None]
    """
    lowered = name.lower()
    if name.endswith("~") or (len(name) > 2 and name.startswith("#") and name.endswith("#")) or lowered.endswith(BACKUP_SUFFIXES):
        return "an editor backup"
    return None


def table_reason(name: str) -> str | None:
    """Why a file named as a delimited table is one, or None: a CSV or TSV has no other content
    signature than commas and tabs, which documents have too, so its name decides."""
    kind = TABLE_SUFFIXES.get(Path(name).suffix.lower())
    return f"a data table ({kind})" if kind else None


def kind_of_content(head: bytes, path: Path) -> FileKind:
    """What a file is from its first bytes (`path` is opened again only for a ZIP container)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"%PDF-"):
        return FileKind(PDF)
    if start.startswith(b"PK\x03\x04"):
        return FileKind(None, zip_reason(path))
    # (a tag opens markup; a text may open with other angle brackets: '<<' left by a PDF's
    # conversion above a report's title)
    if re.match(rb"<[A-Za-z!?/]", start):
        return markup_kind(start.lower())
    if JSON_START.match(start):
        return FileKind(None, json_reason(start))
    return FileKind(TEXT)


def markup_kind(head: bytes) -> FileKind:
    """HTML to read, or the reason an XML file is skipped; `head` is lowercased."""
    if HTML_START.search(head):
        return FileKind(HTML)
    body = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>", b"", head, flags=re.S).lstrip()
    root = XML_ROOT.match(body)
    if root and root.group(1) in GRAPH_XML_ROOTS:
        return FileKind(None, f"a graph file ({GRAPH_XML_ROOTS[root.group(1)]})")
    if head.startswith(b"<?xml"):
        return FileKind(None, "an XML data file")
    # markup without an <html>, <head> or <body> tag: a fragment of a saved page
    return FileKind(HTML)


def json_reason(head: bytes) -> str:
    """Why a JSON file is skipped: a graph (node-link or Cytoscape) or other data."""
    if any(key in head for key in GRAPH_JSON_KEYS):
        return "a graph file (JSON)"
    return "a data table (JSON)"


def zip_reason(path: Path) -> str:
    """Why a ZIP container (spreadsheet, word-processor file, archive) is skipped."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return "a ZIP archive, not a document"
    if any(n.startswith("xl/") for n in names):
        return "a data table (spreadsheet)"
    if any(n.startswith("word/") for n in names):
        return "a word-processor file (save it as PDF or text to read it)"
    if "mimetype" in names:
        with zipfile.ZipFile(path) as archive:
            mimetype = archive.read("mimetype").decode("ascii", "replace")
        if "spreadsheet" in mimetype:
            return "a data table (spreadsheet)"
        return "an office file (save it as PDF or text to read it)"
    return "a ZIP archive, not a document"


def chosen_files(folder: Path) -> tuple[list[Path], list[Problem]]:
    """The documents in a folder, in name order, and a warning for each other file skipped.

    Hidden files are skipped without a word, as an editor's or a system's own.

    Parameters
    ----------
    folder : Path
        A folder of documents.

    Returns
    -------
    tuple of (list of Path, list of Problem)
        The files to read as documents, and one warning naming each file skipped and why.
    """
    if not folder.exists():
        raise DataError("no such folder", where=str(folder))
    if not folder.is_dir():
        raise DataError("not a folder", where=str(folder))
    documents: list[Path] = []
    skipped: list[Problem] = []
    for path in sorted(p for p in folder.iterdir() if not p.name.startswith(".")):
        if not path.is_file():
            # (a link to nothing is a document the researcher meant to give, not a subfolder)
            if path.is_symlink() and not path.exists():
                skipped.append(Problem(path.name, None, "skipped: a link to a file that is not there"))
            # (a folder's own folders are not read: say so, as the documents in them are left out)
            elif path.is_dir():
                skipped.append(Problem(path.name, None, "skipped: a folder (documents in folders inside --sources are not read)"))
            else:
                skipped.append(Problem(path.name, None, "skipped: not a regular file (a pipe, a device or a socket)"))
            continue
        kind = file_kind(path)
        if kind.format:
            documents.append(path)
        else:
            skipped.append(Problem(path.name, None, f"skipped: {kind.skipped_because}"))
    return documents, skipped


class Unreadable(Exception):
    """A PDF or HTML file that holds no text pchgraph can read; the message says why."""


class NotPdf(Exception):
    """A file that starts as a PDF does but has no PDF structure (damaged, or cut short)."""


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF, lines as the text extractor lays them out (a blank line
    between blocks of text), ligatures spelt out.

    Raises
    ------
    Unreadable
        The PDF is encrypted with a password, or has no text layer (a scan).
    NotPdf
        The file has no PDF structure at all.
    """
    # pdfminer is imported here: it is needed only when a folder holds a PDF
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.psexceptions import PSException

    try:
        text = extract_text(str(path))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise Unreadable("encrypted PDF that cannot be opened without its password") from exc
    except PSException as exc:
        raise NotPdf(str(exc)) from exc
    pages = text.translate(LIGATURES).split("\f")
    if pages and not pages[-1].strip():
        # pdfminer ends every page, the last one too, with a form feed
        pages.pop()
    # a page's last line must not run into the next page's first when the pages are joined
    pages = [page if not page or page.endswith("\n") else page + "\n" for page in pages]
    if not "".join(pages).strip():
        raise Unreadable("PDF has no text layer (a scanned image?); nothing read")
    return pages


def html_text(path: Path) -> str:
    """The main text of a saved web page: headings, paragraphs, list items and table rows each
    on their own lines, blocks separated by a blank line; navigation, headers, footers, asides and
    scripts dropped.

    Raises
    ------
    Unreadable
        Nothing is left once the boilerplate is dropped.
    """
    # trafilatura (and lxml under it) is imported here: it is needed only when a folder holds HTML
    import trafilatura
    from lxml import etree

    # trafilatura decodes as the page declares, or as its bytes show when it declares nothing
    tree = trafilatura.load_html(path.read_bytes())
    if tree is None:
        raise Unreadable("web page that cannot be parsed as HTML; nothing read")
    drop_boilerplate(tree)
    xml = None
    if "".join(tree.itertext()).strip():
        xml = trafilatura.extract(
            tree,
            output_format="xml",
            include_tables=True,
            include_comments=False,
            include_links=False,
            include_images=False,
            favor_recall=True,
        )
    lines = main_text_lines(etree.fromstring(xml.encode("utf-8"))) if xml else []
    if not any(line.strip() for line in lines):
        raise Unreadable("web page has no main text (only navigation or boilerplate); nothing read")
    return "\n".join(lines) + "\n"


def drop_boilerplate(tree) -> None:
    """Remove the parts of a page that are never its text: the ones HTML marks as navigation,
    header, footer, aside, script or form, by tag or by ARIA role."""
    roles = " or ".join(f"@role='{role}'" for role in BOILERPLATE_ROLES)
    for element in tree.xpath(" | ".join(f"//{tag}" for tag in BOILERPLATE_TAGS) + f" | //*[{roles}]"):
        if element.getparent() is not None:
            element.drop_tree()


def main_text_lines(doc) -> list[str]:
    """Lines of trafilatura's XML: one per heading, paragraph line, list item or table row, with a
    blank line between blocks. List items keep the marker a browser prints ("•" or "1.")."""
    lines: list[str] = []
    main = doc.find("main")
    for block in main if main is not None else []:
        if lines:
            lines.append("")
        lines += block_lines(block)
    return lines


def block_lines(block) -> list[str]:
    """The lines of one block element of trafilatura's XML."""
    if block.tag == "list":
        return list_lines(block)
    if block.tag == "table":
        return ["\t".join(" ".join(inline_text(cell).split()) for cell in row.findall("cell")) for row in block.iter("row")]
    return [" ".join(line.split()) for line in inline_text(block).split("\n")]


def list_lines(block) -> list[str]:
    """One line per item, numbered for an ordered list and bulleted otherwise; nested lists follow
    their item."""
    ordered = block.get("rend") == "ol"
    lines = []
    for number, item in enumerate(block.findall("item"), start=1):
        marker = f"{number}." if ordered else "\u2022"
        lines.append(f"{marker} {' '.join(inline_text(item).split())}")
        for nested in item.findall("list"):
            lines += list_lines(nested)
    return lines


def inline_text(element) -> str:
    """The text of an element, with a line break for each ``<lb/>`` and nested lists left out."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag != "list":
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
