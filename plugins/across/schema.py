"""The schema of the across family's own language data, ``data/<lang>/across.toml``:
``[story_events]``, the events of a story that happen once and are dated (a ceasefire, a vote),
and the words that make a second one of them."""

from checker.language.schema import Section, Str, Words


class StoryEvents(Section):
    """``[story_events]``: ``classes`` maps an event class to the words that name it (the class
    names are shared by every language, so "ceasefire" and ``هدنة`` meet); ``distinct`` are the
    words before an event word that make it another event of its class ("a new truce")."""

    classes: dict[Str, Words] = {}
    distinct: Words = []


SCHEMAS = {"story_events": StoryEvents}
