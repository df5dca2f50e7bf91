"""The numbers of the extraction stages, one frozen dataclass per stage, each with its reason.

Confidences here are scores written next to each mention and event for the reader (export,
database, BI views); no rule reads them back or compares them with a threshold, so only
their order says anything: stronger evidence, higher score. They were set by hand when
each rule was written (ordinal steps of 0.05-0.1), never fitted on gold; changing one
changes output values but no decision. The segmenter's thresholds are
:class:`etl.extract.runs.RunTuning` (values and reasons in ``[runs]`` of layout.toml).
"""
from __future__ import annotations

from dataclasses import dataclass

# a line wider than any printed column (e-paper columns are 8-30 characters): web text with one
# line per paragraph; the page splitter and the byline reader ask the same width
WEB_LINE = 40


@dataclass(frozen=True)
class PlaceTuning:
    """Confidence of a resolved place mention, by the evidence that picked its node."""

    chain: float = 0.95  # 灵石县南关镇: the name sits in a chain under its parent, the strongest evidence
    unique_upper_full: float = 0.9  # one county-or-above node carries this full name in the whole list
    unique_upper_short: float = 0.8  # the same for a short form (平遥): shorts are more often ordinary words
    unique_town: float = 0.7  # one town carries this name: towns repeat names far more than counties
    sentence: float = 0.9  # another place of the same sentence confirms the node: near-chain evidence
    article: float = 0.85  # a place of the same article confirms it: one step weaker than the sentence
    page: float = 0.75  # only another article of the page confirms it
    region: float = 0.6  # only the newspaper's region hint confirms it: the weakest context
    variant_chain: float = 0.85  # one character off an official child, written right after its parent
    variant_article: float = 0.7  # the same with the parent elsewhere in the article
    short_of_named: float = 0.7  # a short form of a town/community named in full in the article
    mutual: float = 0.8  # 兴化…张郭镇: a bare short and a place below it in the same article confirm each other
    listed_sibling: float = 0.75  # 泉州石狮、惠安: a bare short in a list beside a county of the same prefecture
    short_repeated: float = 0.7  # a bare county short the article repeats (places.toml short.repeat_min)
    sub: float = 0.6  # a place below the official list (campus, compound, road, office): inferred parent


@dataclass(frozen=True)
class EventTuning:
    """Factors of an event's confidence: the trigger's own (taxonomy.toml) times place and date factors."""

    trigger_default: float = 0.85  # a trigger row without ``confidence``: a plain measure word
    place_clause: float = 1.0  # the place stands in the trigger's clause
    place_deixis: float = 0.95  # 全区, 本市: a word pointing at the article's place
    place_sentence: float = 0.9  # the place is elsewhere in the sentence
    place_listed: float = 0.85  # a county of a list heading the measure or its parts
    place_article: float = 0.8  # an earlier place of the article
    place_subject: float = 0.8  # the article's subject place (its most mentioned place)
    place_other: float = 0.5  # any other way (no place found near the trigger)
    date_own: float = 1.0  # the trigger's clause carries its own date
    date_inherited: float = 0.85  # the date comes from an earlier clause or sentence
    date_other: float = 0.8  # any other way: the notice's own date, the document's date, none
    continuation: float = 0.9  # a count continued in a list (甲区3例、乙区2例) or a day series: each after the first
    # not a confidence: sentences naming a drill (cues drill) that make the whole item a drill
    # notice whose rounds and cases are staged: a notice names it in its announcement and again in
    # its instructions; a report of a real round mentions a past drill once or twice
    drill_sentences: int = 3


@dataclass(frozen=True)
class BylineTuning:
    """Scores for splitting names printed without separators (赵娟王佩琦), and the longest byline line.

    Set by hand when the rules were written, not fitted; the seeds and dev sets pass with them.
    """

    surname: float = 2.0  # a piece that starts with a known surname: the evidence that decides a split
    no_surname: float = -2.0  # a piece without one: as strong against, so one bad piece sinks a split
    common_surname: float = 0.2  # a piece led by a common surname: between splits with surnames everywhere,
    # the one whose names start with common surnames wins (甲乙 丙丁 王某某, not 甲乙 丙丁王 某某)
    usual_length: float = 0.5  # a 2- or 3-character piece: most names; breaks ties against 4-character pieces
    piece: float = 2.2  # cost of each piece, about what a surname earns it: a split into more names is
    # not better for having more surname-led pieces (a given name's characters are often surnames too)
    three: float = 0.3  # a 3-character piece: most Chinese names are a surname and two characters
    line_max: int = 48  # longest line (white space removed) that can be only a byline: a lead with a few names
    web_paragraph: int = WEB_LINE  # a line wider than any printed column: web text, a paragraph a line
