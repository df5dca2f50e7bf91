"""What extraction reads besides the page and its own constants, built once per process.

Two kinds of input, two homes. Small fixed vocabularies (layout, bylines, dates, PDF
layout) are compiled when their module is imported, into constants nothing changes
afterwards, like any compiled regex. The gazetteer (about 700,000 names, a second to
load) and what is built on it cannot be paid for at import: :class:`ExtractionContext`
holds it with the place index, the event taxonomy and the place and event tunings, and
``etl.pipeline`` passes it explicitly to the stages that read them (places, events).
Every vocabulary file is checked against its schema when the context is built (see
``vocabulary``), so a bad key stops a run before its first file.

:meth:`ExtractionContext.load` builds a new one (a second or so: the gazetteer);
:func:`shared` returns the process's one, built on first use. That memo of an immutable
value is the only process-wide state extraction keeps; forked workers inherit it, and a
context pickles as a reference to it, so handing it to a worker costs nothing.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from etl.extract import vocabulary
from etl.extract.gazetteer import Gazetteer
from etl.extract.places import PlaceIndex, build_index
from etl.extract.taxonomy import Taxonomy, compile_taxonomy
from etl.extract.tuning import EventTuning, PlaceTuning


@dataclass(frozen=True)
class ExtractionContext:
    """The read-only inputs of extraction other than the page itself."""

    gazetteer: Gazetteer
    places: PlaceIndex
    taxonomy: Taxonomy
    events: EventTuning = field(default_factory=EventTuning)

    @classmethod
    def load(cls) -> ExtractionContext:
        """A new context from the shipped data (the gazetteer is the process's one, loaded once by
        ``gazetteer.load``); VocabularyError names a file and key that do not fit."""
        from etl.extract import gazetteer

        # every file at once, each parsed once: a bad key fails here, not mid-page
        vocab = {name: vocabulary.load(name) for name in vocabulary.SCHEMAS}
        gaz = gazetteer.load()
        return cls(gazetteer=gaz, places=build_index(gaz, vocab["places"], PlaceTuning()),
                   taxonomy=compile_taxonomy(vocab["taxonomy"], EventTuning()), events=EventTuning())

    def __reduce__(self) -> tuple[object, tuple[()]]:
        """Pickled (to a worker process) as the process's shared context, not as its data."""
        return shared, ()


@functools.cache
def shared() -> ExtractionContext:
    """The process's context, built on first use (see the module docstring)."""
    return ExtractionContext.load()
