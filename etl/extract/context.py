"""Everything extraction reads besides the page, built once per process and passed to every stage.

A stage used to fetch its vocabulary, gazetteer and compiled patterns from caches of its
own module, so what a run read was spread over a dozen hidden globals and a test could
not say which ones it depended on. :class:`ExtractionContext` gathers them: the
gazetteer, the place index, the event taxonomy and each stage's tuning, read from the
shipped files (every vocabulary checked against its schema, see ``vocabulary``).
``etl.pipeline`` passes it explicitly to every stage.

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
from etl.extract.runs import RunTuning
from etl.extract.taxonomy import Taxonomy, compile_taxonomy
from etl.extract.tuning import EventTuning, PlaceTuning


@dataclass(frozen=True)
class ExtractionContext:
    """The read-only inputs of extraction other than the page itself."""

    gazetteer: Gazetteer
    places: PlaceIndex
    taxonomy: Taxonomy
    events: EventTuning = field(default_factory=EventTuning)
    segment: RunTuning = field(default_factory=RunTuning)

    @classmethod
    def load(cls) -> ExtractionContext:
        """A fresh context from the shipped data; VocabularyError names a file and key that do not fit."""
        from etl.extract import gazetteer, runs

        for name in vocabulary.SCHEMAS:  # every file at once: a bad key fails here, not mid-page
            vocabulary.load(name)
        gaz = gazetteer.load()
        return cls(gazetteer=gaz, places=build_index(gaz, vocabulary.load("places"), PlaceTuning()),
                   taxonomy=compile_taxonomy(vocabulary.load("taxonomy"), EventTuning()), segment=runs.tuning())

    def __reduce__(self) -> tuple[object, tuple[()]]:
        """Pickled (to a worker process) as the process's shared context, not as its data."""
        return shared, ()


@functools.cache
def shared() -> ExtractionContext:
    """The process's context, built on first use (see the module docstring)."""
    return ExtractionContext.load()
