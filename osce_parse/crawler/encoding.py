"""Content-Encoding decoded by the fetcher itself, within a size cap across every layer.

httpx inflates a gzip layer in one call, so 980 bytes of gzip inside gzip became 1.1 GB in
memory before any size check could run. :class:`BoundedDecoder` inflates the raw body layer by
layer in steps of 64 KiB and counts what every layer produces: the first layer to pass the cap
ends the download, so memory stays within the cap (plus a step) whatever the compression ratio.
"""

from __future__ import annotations

import zlib

__all__ = ["SUPPORTED", "BoundedDecoder", "DecodeError", "TooLarge"]

SUPPORTED = ("gzip", "x-gzip", "deflate")
"""Content codings the fetcher asks for (``Accept-Encoding``) and decodes."""
_STEP = 64 * 1024


class DecodeError(Exception):
    """The body is not what its Content-Encoding says (or uses a coding we did not ask for)."""


class TooLarge(Exception):
    """A layer of the body decodes to more than the cap."""


class _Layer:
    def __init__(self, coding: str) -> None:
        self.coding = coding
        wbits = zlib.MAX_WBITS | 16 if coding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._inflater = zlib.decompressobj(wbits)
        self._first = coding == "deflate"  # deflate: zlib-wrapped, or raw as some servers send
        self.produced = 0

    def inflate(self, data: bytes) -> bytes:
        """Up to 64 KiB of output from ``data``; the rest of the input waits in :attr:`tail`."""
        try:
            out = self._inflater.decompress(data, _STEP)
        except zlib.error as exc:
            if not self._first:
                raise DecodeError(f"bad {self.coding} data: {exc}") from None
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            self._first = False
            return self.inflate(data)
        self._first = False
        self.produced += len(out)
        return out

    @property
    def tail(self) -> bytes:
        return self._inflater.unconsumed_tail

    @property
    def complete(self) -> bool:
        return self._inflater.eof


class BoundedDecoder:
    """Decode a body sent with ``Content-Encoding: codings`` (comma-separated, as applied), fed in
    raw chunks; raises :class:`TooLarge` once any layer passes ``limit`` bytes."""

    def __init__(self, codings: str | None, limit: int) -> None:
        names = [c.strip().lower() for c in (codings or "").split(",")]
        names = [name for name in names if name and name != "identity"]
        unknown = [name for name in names if name not in SUPPORTED]
        if unknown:
            raise DecodeError(f"unsupported Content-Encoding {', '.join(unknown)}")
        self.limit = limit
        self.size = 0
        self._layers = [_Layer(name) for name in reversed(names)]  # the last applied first
        self._parts: list[bytes] = []

    def feed(self, data: bytes) -> None:
        """Decode one raw chunk."""
        self._push(0, data)

    def _push(self, index: int, data: bytes) -> None:
        if index == len(self._layers):
            self.size += len(data)
            if self.size > self.limit:
                raise TooLarge
            self._parts.append(data)
            return
        layer = self._layers[index]
        while True:
            out = layer.inflate(data)
            if layer.produced > self.limit:
                raise TooLarge
            data = layer.tail
            if out:
                self._push(index + 1, out)
            elif not data:
                return

    def partial(self) -> bytes:
        """What was decoded so far (all of it after :meth:`finish`, or up to a cut)."""
        return b"".join(self._parts)

    def finish(self) -> bytes:
        """The decoded body; raises :class:`DecodeError` if a compressed layer was cut short."""
        for index, layer in enumerate(self._layers):
            self._push(index, b"")
            if not layer.complete:
                raise DecodeError(f"{layer.coding} data cut short")
        return b"".join(self._parts)
