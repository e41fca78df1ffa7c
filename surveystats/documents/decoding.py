"""Bytes to text: pick the encoding, refuse binary files, normalise line endings.

The rules, in order:

1. An empty file, or one holding only whitespace, is refused ("empty").
2. Files that start with the signature of a well-known binary format (PDF, PNG, JPEG,
   GIF, zip and the office formats built on it, gzip, OLE2 ``.doc``) are refused and
   the format is named.
3. A byte-order mark decides the encoding: UTF-8, UTF-16 (LE or BE) or UTF-32.
4. Without a UTF-16/32 BOM, a NUL byte means binary content.
5. Otherwise strict UTF-8 is tried, then Windows-1252 (cp1252); the five bytes cp1252
   leaves undefined fall back to Latin-1 so decoding never fails on a text file.
6. Text in which more than 5 % of the characters are control characters (other than
   tab, newline, carriage return, form feed) is "mostly non-text" and refused.

Line endings (CRLF, CR, form feed) become ``"\\n"``; a leading BOM character is removed.
"""

from __future__ import annotations

import codecs
import re
from os import PathLike

from surveystats.errors import DocumentError

__all__ = ["decode_bytes", "normalise_text"]

# signature -> what the file is; checked before anything else
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or a .docx/.odt/.xlsx file)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 file (.doc/.xls)"),
    (b"\x7fELF", "an executable"),
)

# BOM -> codec name; UTF-32 before UTF-16 because FF FE 00 00 starts with FF FE
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05
_LINE_BREAKS = re.compile(r"\r\n?|\f")


def normalise_text(text: str) -> str:
    """Remove a leading BOM and turn CRLF, CR and form feeds into ``"\\n"``.

    Parameters
    ----------
    text
        Decoded text.

    Returns
    -------
    str
        The same text with ``"\\n"`` line endings.

    Examples
    --------
    >>> normalise_text("\\ufeffa\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    return _LINE_BREAKS.sub("\n", text)


def decode_bytes(data: bytes, *, source: str | PathLike[str] | None = None) -> tuple[str, str]:
    """Decode the bytes of a text document and say which encoding was used.

    Parameters
    ----------
    data
        The file's bytes.
    source
        The file name, used in error messages.

    Returns
    -------
    tuple of (str, str)
        The text with ``"\\n"`` line endings and the codec used: one of ``"utf-8"``,
        ``"utf-8-sig"``, ``"utf-16-le"``, ``"utf-16-be"``, ``"utf-32-le"``,
        ``"utf-32-be"``, ``"cp1252"`` or ``"latin-1"``.

    Raises
    ------
    DocumentError
        When the content is empty or whitespace only, binary (a known binary signature,
        NUL bytes without a UTF-16/32 BOM, mostly control characters) or not valid in
        the encoding its BOM announces. The message starts with ``source``.

    Examples
    --------
    >>> decode_bytes(b"\\xef\\xbb\\xbfCaf\\xc3\\xa9\\r\\n")
    ('Café\\n', 'utf-8-sig')
    >>> decode_bytes("\\u201cquoted\\u201d".encode("cp1252"))
    ('“quoted”', 'cp1252')
    """
    if not data.strip():
        raise DocumentError(
            "the document is empty (no text, or whitespace only); give a file with text",
            source=source,
        )
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise DocumentError(
                f"binary content: this is {what}, not text; export the document as plain text",
                source=source,
            )
    encoding = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            encoding = codec
            data = data[len(bom) :]
            break
    if encoding is None and b"\x00" in data:
        raise DocumentError(
            "binary content: NUL bytes and no UTF-16 byte-order mark; "
            "export the document as plain text (UTF-8)",
            source=source,
        )
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"not valid {encoding} although the file starts with its byte-order mark "
                f"(byte {exc.start}); re-save the file as UTF-8",
                source=source,
            ) from None
    else:
        text, encoding = _decode_without_bom(data)
    if not text.strip():
        raise DocumentError(
            "the document is empty (no text, or whitespace only); give a file with text",
            source=source,
        )
    controls = len(_CONTROL.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise DocumentError(
            f"binary content: {controls} of {len(text)} characters are control characters "
            "(mostly non-text); export the document as plain text",
            source=source,
        )
    return normalise_text(text), encoding


def _decode_without_bom(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252; Latin-1 maps every byte.
        return data.decode("latin-1"), "latin-1"
