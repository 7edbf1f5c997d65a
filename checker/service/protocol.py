"""The HTTP/1.1 protocol the service runs under uvicorn: uvicorn's h11 protocol with a deadline
for a request's headers. uvicorn's keep-alive timer stops at the first byte of a request, so a
client that trickles its headers a byte at a time would hold its connection for ever; here a
connection whose next request's headers are not complete ``timeout`` seconds after it opened (or
after its previous response) is closed. The body has its own deadline
(:class:`checker.service.middleware.BodyLimit`)."""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.h11_impl import H11Protocol


def protocol_with_deadline(timeout: float) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol, closing a connection whose headers take over ``timeout`` seconds."""

    class DeadlineH11Protocol(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None
        _armed_for = None

        def connection_made(self, transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if self.cycle is None or self.cycle.response_complete:
                self._arm()

        def connection_lost(self, exc) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            self._disarm()
            self._armed_for = self.cycle
            self._deadline = self.loop.call_later(timeout, self._expired)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _expired(self) -> None:
            self._deadline = None
            if self.cycle is self._armed_for and not self.transport.is_closing():
                # no new request began: its headers are still not complete
                self.transport.close()

    return DeadlineH11Protocol
