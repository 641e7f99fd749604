"""An Input whose editing keys take effect in the order they were typed.

Textual runs a widget's key bindings only once the key has bubbled up to
the app, through the message queues of the screen and the app, while the
printable keys behind it are inserted by the input at once.  Keys that
arrive together (typed fast while a search runs, one terminal read) were
therefore applied out of order: ctrl+u followed by ``>0.3pp`` inserted the
text and then erased everything left of the cursor, an empty query; a
backspace followed by a letter deleted the letter, not the character before
it.  This input runs its own bindings as the key reaches it, in order.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class OrderedInput(Input):
    async def _on_key(self, event: events.Key) -> None:
        if not event.is_printable:
            for binding in self._bindings.key_to_bindings.get(event.key, ()):
                if binding.priority:
                    continue  # the app ran it already, before the key came here
                if await self.app.run_action(binding.action, self):
                    event.stop()
                    event.prevent_default()
                    return
        await super()._on_key(event)
