"""Bytes to text: pick the encoding, refuse binary files, normalise line endings.

The rules, in order:

1. An empty file, or one holding only whitespace, is refused ("empty").
2. Files that start with the signature of a well-known binary format (PDF, PNG, JPEG,
   GIF, zip and the office formats built on it, gzip, OLE2 ``.doc``) are refused and
   the format is named.
3. A byte-order mark decides the encoding: UTF-8, UTF-16 (LE or BE) or UTF-32.
4. Without a BOM, NUL bytes in a regular pattern are UTF-16 or UTF-32 written without a
   byte-order mark: when (nearly) every high byte of each code unit is NUL, (nearly) no
   low byte is, the length is a whole number of code units and the bytes decode
   strictly, the text is decoded in that codec. Any other NUL byte means binary content
   (the message says when the NULs look like BOM-less UTF-16).
5. Otherwise strict UTF-8 is tried. When it fails, the bytes are still read as UTF-8
   (undecodable bytes become U+FFFD) if they are evidently UTF-8:

   - only the very end is cut (an incomplete sequence in the last three bytes, as in a
     truncated file) and either the rest holds a valid multi-byte sequence or the cut
     sequence has two or more bytes; a single lead byte after pure ASCII stays
     cp1252, since ``b"Caf\\xe9"`` is more likely cp1252 "Café" than a cut character;
   - or at least 3 multi-byte sequences are valid and they are at least 90 % of the
     non-ASCII units (valid sequences plus undecodable bytes). Real cp1252 text almost
     never holds valid UTF-8 pairs (they would read as "Ã©"-style mojibake).

   Otherwise Windows-1252 (cp1252) is used; the five bytes cp1252 leaves undefined fall
   back to Latin-1 so decoding never fails on a text file.
6. Text is "mostly non-text" and refused when more than 5 % of its characters are
   control characters (other than tab, newline, carriage return, form feed) *and* there
   are at least 8 of them: a short note with a stray control code or two is still text.

Line endings (CRLF, CR, form feed) become ``"\\n"``; leading BOM characters (U+FEFF,
also a doubled BOM) are removed, and emptiness is judged after that.
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
_MIN_CONTROLS = 8  # fewer control characters than this never make a text "binary"

# BOM-less wide encodings: codec, code-unit width, index of the low byte in a unit
_WIDE: tuple[tuple[str, int, int], ...] = (
    ("utf-32-le", 4, 0),
    ("utf-32-be", 4, 3),
    ("utf-16-le", 2, 0),
    ("utf-16-be", 2, 1),
)
_WIDE_NUL_SHARE = 0.9  # share of high bytes that must be NUL
_WIDE_LOW_NUL_SHARE = 0.1  # share of low bytes that may be NUL

# UTF-8 evidence: at least this many valid multi-byte sequences, and this share of the
# non-ASCII units (valid sequences + undecodable bytes)
_MIN_UTF8_SEQUENCES = 3
_MIN_UTF8_SHARE = 0.9
_ESCAPED = re.compile("[\udc80-\udcff]")  # bytes surrogateescape could not decode
_NON_ASCII = re.compile("[^\x00-\x7f]")
_LINE_BREAKS = re.compile(r"\r\n?|\f")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate, the one thing UTF-8 cannot encode.

    Encoding runs in C several times faster than a search for ``_SURROGATE``.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def normalise_text(text: str) -> str:
    """Remove leading BOM characters, turn CRLF, CR and form feeds into ``"\\n"``.

    Lone surrogates (code points U+D800 to U+DFFF, as left by
    ``errors="surrogateescape"``) become U+FFFD, one for one: they are not Unicode
    text, no table or file can hold them as UTF-8, and decoding bytes turns what it
    cannot read into U+FFFD too.

    Parameters
    ----------
    text
        Decoded text.

    Returns
    -------
    str
        The same text with ``"\\n"`` line endings and no lone surrogates.

    Examples
    --------
    >>> normalise_text("\\ufeffa\\r\\nb\\rc")
    'a\\nb\\nc'
    >>> normalise_text("\\ufeff\\ufeffa")
    'a'
    >>> normalise_text("12 members \\ud800")
    '12 members \\ufffd'
    """
    text = text.lstrip("\ufeff")
    if not text.isascii() and _has_surrogates(text):
        text = _SURROGATE.sub("\ufffd", text)
    if "\r" in text or "\f" in text:  # a plain search is faster than the regex's
        return _LINE_BREAKS.sub("\n", text)
    return text


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
        When the content is empty or whitespace only (also after removing BOMs), binary
        (a known binary signature, NUL bytes that are not BOM-less UTF-16/32, mostly
        control characters) or not valid in the encoding its BOM announces. The
        message starts with ``source``.

    Examples
    --------
    >>> decode_bytes(b"\\xef\\xbb\\xbfCaf\\xc3\\xa9\\r\\n")
    ('Café\\n', 'utf-8-sig')
    >>> decode_bytes("\\u201cquoted\\u201d".encode("cp1252"))
    ('“quoted”', 'cp1252')
    >>> decode_bytes("Café".encode("utf-16-le"))  # no byte-order mark
    ('Café', 'utf-16-le')
    >>> decode_bytes("Café, déjà".encode("utf-8")[:-1])  # truncated file
    ('Café, déj\\ufffd', 'utf-8')
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
        wide = _decode_wide(data)
        if wide is None:
            problem = (
                "the NUL bytes look like UTF-16 without a byte-order mark, but the bytes "
                "do not decode as UTF-16 (odd length or invalid units)"
                if _looks_wide(data)
                else "NUL bytes and no UTF-16 byte-order mark"
            )
            raise DocumentError(
                f"binary content: {problem}; export the document as plain text (UTF-8)",
                source=source,
            )
        text, encoding = wide
    elif encoding is not None:
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
    text = normalise_text(text)
    if not text.strip():
        raise DocumentError(
            "the document is empty (no text, or whitespace only); give a file with text",
            source=source,
        )
    controls = len(_CONTROL.findall(text))
    if controls >= _MIN_CONTROLS and controls > _MAX_CONTROL_SHARE * len(text):
        raise DocumentError(
            f"binary content: {controls} of {len(text)} characters are control characters "
            "(mostly non-text); export the document as plain text",
            source=source,
        )
    return text, encoding


def _decode_wide(data: bytes) -> tuple[str, str] | None:
    """Decode BOM-less UTF-32/UTF-16 when the NUL bytes say so, else None."""
    for codec, width, low in _WIDE:
        units = len(data) // width
        if units == 0 or len(data) % width:
            continue
        high_nuls = sum(data[i::width].count(0) for i in range(width) if i != low)
        if high_nuls < _WIDE_NUL_SHARE * units * (width - 1):
            continue
        if data[low::width].count(0) > _WIDE_LOW_NUL_SHARE * units:
            continue
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return None


def _looks_wide(data: bytes) -> bool:
    """NULs mostly on one byte parity and rarely on the other: UTF-16 without BOM."""
    halves = len(data) // 2
    if halves == 0:
        return False
    even, odd = data[0::2].count(0) / halves, data[1::2].count(0) / halves
    return max(even, odd) >= 0.5 and min(even, odd) <= _WIDE_LOW_NUL_SHARE


def _decode_without_bom(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        first_error = error
    if _evidently_utf8(data, first_error):
        return data.decode("utf-8", errors="replace"), "utf-8"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252; Latin-1 maps every byte.
        return data.decode("latin-1"), "latin-1"


def _evidently_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    """Whether bytes that are not strict UTF-8 are still UTF-8 with a few faults."""
    decoded = data.decode("utf-8", errors="surrogateescape")
    undecodable = len(_ESCAPED.findall(decoded))  # one per byte that is not UTF-8
    valid = len(_NON_ASCII.findall(decoded)) - undecodable  # one per valid sequence
    if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
        # only the end is cut (strict decoding stops at the first fault, so the rest
        # before it is valid); trust it when there is UTF-8 evidence
        return valid > 0 or len(data) - error.start >= 2
    return valid >= _MIN_UTF8_SEQUENCES and valid >= _MIN_UTF8_SHARE * (valid + undecodable)
