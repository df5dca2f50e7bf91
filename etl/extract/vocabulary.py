"""The shipped vocabularies (``etl/data/*.toml``), each checked against its schema on load.

A TOML file is read by key: a misspelt key (``bad_strat``) would otherwise read as absent
and silently switch a rule off, a missing one would fail deep inside a stage or fall back
to a default nobody chose. Every file is checked once, as a whole, when it is read: an
unknown key, a missing key or a value of the wrong type is a :class:`VocabularyError`
naming the file and the key's dotted path, in one line.

A schema maps each key to what its value must be: a type (``str``, ``int``, ``float``,
``bool``, ``list``), a nested schema (a table with these keys), :class:`Each` (a table
whose keys are data, such as role words, every value of one spec) or :class:`Rows` (an
array of tables). A key ending in ``?`` may be left out.
"""
from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Union


class VocabularyError(ValueError):
    """A vocabulary file that does not match its schema (the message names file and key)."""


@dataclass(frozen=True)
class Each:
    """A table whose keys are data (role words, cue names): every value must match ``value``."""

    value: Spec


@dataclass(frozen=True)
class Rows:
    """An array of tables (``[[trigger]]``), each checked against ``schema``."""

    schema: Schema


Spec = Union[type, "Schema", Each, Rows]
Schema = Mapping[str, Spec]

SCHEMAS: Mapping[str, Schema] = {
    'bylines': {
        'roles': Each(list), 'suffixes': Each(list),
        'options': {
            'short_prefix_needs_mark': list, 'common_surnames': int, 'name_min': int, 'name_max': int,
            'credit_markers': list, 'decoration': str, 'affiliation': str, 'body_start': list,
        },
        'agency': {'patterns': list, 'names': list}, 'lead': {'pattern': str},
        'scan': {
            'sentence_end': str, 'fields': list, 'window': int, 'photo_end': list, 'photo_verb': str, 'run_max': int,
            'not_in_run': str, 'lead_max': int, 'lead_ends': list, 'bare_max': int, 'not_name_end': str,
            'not_name_words': list, 'place_suffixes': list, 'dateline': str, 'stamp_after_name': str,
            'report_end': list, 'team_ends': list,
            'source_lead': str, 'source_max': int, 'unit_ends': list, 'station_ends': list, 'date_after': str,
            'date_after_verbs': str,
            'name_follow': str, 'follow_place_max': int, 'author_fields': list, 'bracket_unit_ends': list,
            'picture_fields': list, 'picture_note': str, 'name_notes': list, 'counter_field': str,
            'place_account_min': int, 'place_account_max': int, 'lead_outlet?': str,
        },
        'credit': {
            'name_min': int, 'name_max': int, 'place_suffixes': list, 'not_names': list,
        },
        'surnames': {'single': str, 'compound': list},
    },
    'dates': {
        'vague': list, 'vague_blockers': str, 'future_before': list, 'future_after': list, 'future_clause': list,
        'disposal_verbs': list, 'disposal_reach': int,
        'future_window_days': int, 'repost_days': int, 'reads_on_days': int, 'connectors': list,
        'day_list_joiners': list, 'weekday_note_open': str,
        'weekday_note_gap': str, 'weekday_years': list, 'span_open': str, 'as_of': list,
        'until': list,
        'start_suffix': list, 'month_parts': Each(int), 'week_shift': Each(int), 'weekdays': Each(int),
        'tens_numerals': Each(int),
        'day_parts': {'am': list, 'pm': list, 'noon': list}, 'relative_days': Each(list),
        'document': {
            'dateline': str, 'dateline_chars': int, 'scene': str, 'signature': str, 'signature_lines': int,
            'effective': str, 'stamp_chars': int, 'title_year': str, 'notice': str, 'notice_window_days': int,
            'issued': str,
        },
        'future_slack_days': {'exact': int, 'approximate': int, 'unknown': int},
        'meta': {'before': list, 'after': list},
        'planned_end': {'before': list, 'after': list, 'deadline_after?': list},
        'typos?': Each({'pattern': str, 'mend': str}),
    },
    'layout': {
        'furniture': {
            'patterns': list, 'jump_end': str, 'title_label': str, 'jump_start': str, 'source_credit': str,
            'edge_patterns': list, 'top_labels': list, 'column_labels': list, 'person_fields': list,
            'web_header': str, 'place_tag': str, 'site_tag': str, 'account_tag?': str, 'author_in_header': str,
            'title_junk': str, 'title_site': str, 'breaks': list, 'link_labels': list, 'link_lines': int,
        },
        'briefs': {'bullets': str, 'title_max': int, 'list_gap': int, 'kicker_words': list},
        'headline': {
            'title_byline': str, 'dangling_end': list, 'coverbs': list, 'verb_start': list, 'second_max': int,
            'notice_title': str, 'not_title?': list, 'qa_labels': list, 'order_number': str,
            'notice_open?': str, 'crumb_title?': str, 'release_lead?': str,
            'notice_title_max': int, 'notice_number': str, 'issuer_title_ends': list, 'signature_ends': list,
            'issuer_place': str, 'original_title': str, 'named_title': str, 'latin_banner': str,
            'place_line_ends': list, 'run_on_title': str, 'run_on_head?': str, 'date_stamp?': str,
            'author_outlet?': str, 'credit_field?': str, 'stamp_line?': str,
            'stamp_inside?': str, 'post_meta?': str, 'seo_query?': str,
        },
        'web_title': {
            'lines': int, 'min_len': int, 'max_len': int, 'header': float, 'overlap': float,
            'position': float, 'threshold': float, 'end_marks': str, 'header_gap': int,
            'unrelated_min': int, 'restates': float,
        },
        'body': {'section_headings': list, 'caption_marks': str, 'picture_credit_end?': str},
        'normalise': {'full_width_marks': str, 't2s_keep': str, 'respell': list},
        'runs': {
            'width_tolerance': int, 'min_openers': int, 'max_indent_share': float, 'paragraph_indent': int,
            'min_start_share': float, 'min_run_lines': int, 'max_gap_lines': int, 'title_restates': float,
            'title_margin': float, 'prior_after': float, 'extra_title_penalty': float,
        },
        'web_split': {
            'threshold': float, 'min_above': int, 'signed_above': float, 'closing_above': float,
            'dated_lead': float, 'new_area': float, 'announces': float, 'title_shaped': float,
            'wire_lead': float, 'echoes_title': float, 'echo_share': float, 'opening_chars': int,
            'closings': list, 'announce': str, 'dated': str, 'bulletin_lead': float, 'issuer_heads': float,
            'notice_block': float, 'heading_after_close': float, 'digest_label': float, 'digest': str,
            'bulletin': str, 'issuer_max': int, 'credited_above': float, 'credit_close': str, 'roundup_count': str,
            'standfirst': str, 'place_colon': str, 'place_colon_min': int,
            'label_news_min': int, 'title_elsewhere': float, 'title_place_chars': int,
        },
    },
    'panel': {
        'horizon': {'default_days': int, 'max_open_days': int},
        'c6': {
            'event_type': str, 'lifting_kind': str, 'default': int, 'recommend': int, 'recommend_cues': list,
            'kinds': Each(int),
        },
        'c1': {
            'event_type': str, 'default': int, 'recommend': int, 'recommend_cues': list, 'all_levels_cues': list,
            'all_levels': int, 'kinds': Each(int),
        },
        'h2': {'event_type': str, 'default': int},
    },
    'pdf_layout': {
        'sizes': {'title': float, 'small': float},
        'distances': {
            'line_gap': float, 'block_gap': float, 'indent': float, 'short_line': float, 'strip_end': float,
            'cut_gap': float,
        },
        'bands': {'header_rule': float, 'rule_width': float, 'edge': float},
        'patterns': {
            'jump': str, 'edition': str, 'page_number': str, 'date': str, 'paper': str, 'subtitle_mark': str,
        },
    },
    'placenames': {
        'suffixes': list, 'ethnic_before': list, 'peoples': list, 'suggest_cutoff': float, 'suggest_max': int,
    },
    'places': {
        'official': {
            'town_suffixes': list, 'community_suffixes': list, 'stop_names': list, 'chain_only': list,
            'min_core': int, 'left_ok': str, 'bad_following': Each(list), 'word_clash': Each(list),
            'glued_words': list, 'pseudo_counties': list, 'own_county_cities': list, 'zone_code?': str,
            'glued_max?': int, 'glued_clash?': list, 'aliases?': Each(str), 'autonomous_ends?': list,
            'ethnic_ends?': list, 'former_units?': Each(list),
        },
        'elsewhere': {'triggers': list, 'closers': list, 'max_span': int, 'sentence_end': str, 'journey?': str,
                      'registered?': str, 'background?': list, 'returnee?': str,
                      'frames?': Rows({'role': str, 'pattern': str, 'guarded': bool, 'events': bool})},
        'short': {'follow': list, 'common_words': list, 'follow_strict': list, 'stop': list,
                  'left_words?': list, 'outlet?': list, 'repeat_min?': int, 'suffixed?': list, 'suffixed_min?': int,
                  'repeat_min_backed?': int,
                  'list_joins?': str, 'counted_join?': str, 'list_closer?': str, 'counted_list?': str,
                  'follow_not?': Each(list),
                  'jurisdiction_words': list, 'clause_marks': str, 'clause_reach': int},
        'sub': {
            'boundary': str, 'trim_prefix': list, 'stop': list, 'max_len': int, 'bad_start': list,
            'bad_contain': list,
            'kinds': Rows({
                'kind': str, 'suffixes': list, 'anchor?': bool, 'not_followed_by?': list, 'followed_by?': str,
                'chain?': bool,
            }),
        },
        'context': {'variant_suffixes': list, 'breakdown_gap': str},
    },
    'taxonomy': {
        'trigger': Rows({
            'type': str, 'kind?': str, 'name?': str, 'regex?': str, 'confidence?': float, 'terms?': list,
            'needs_open?': bool, 'needs_area?': bool, 'needs_support?': bool, 'needs_count?': bool,
            'needs_level?': bool, 'needs_told?': bool, 'stay_home_from?': str,
        }),
        'text': {'slogans': list, 'dateline': str, 'day_of?': str, 'excepted?': str, 'excepted_additive?': str,
                 'excepted_needs?': str, 'notice_period?': str, 'cited_title?': str, 'extension_gap?': str,
                 'count_window?': str, 'testing_begun?': str,
                 'zone_gap': str, 'count_gap': str, 'case_home_tail?': str,
                 'count_then_bracket': str, 'notice_item?': str},
        'cues': {
            'negation': list, 'hypothetical': list, 'past': list, 'reference_after': list, 'extension_after': list,
            'end_before': list, 'ongoing_opening': list, 'ongoing_before': list, 'designation_after': list,
            'noun_after': list, 'designate': list, 'designate_split?': list, 'appeal': list, 'partial_after': list,
            'announce_after': list,
            'scope_up': list, 'cases_all_in': list, 'cases_part': list, 'count_clause_open': list, 'briefing?': list,
            'whole_area': list, 'place_tie': list,
            'cases_each?': list, 'nation_scope?': list,
            'rumour_before': list, 'rumour_after': list, 'question?': list, 'question_particle?': list,
            'designate_near?': list,
            'drill': list, 'routine': list, 'result_after': list,
            'list_intro': list, 'cumulative': list, 'case_reference_after': list, 'test_noun_after': list,
            'negative_result': list, 'exclusions': list, 'others_before?': list, 'others_units?': list,
            'later_notice_after?': list, 'now_ongoing_before?': list,
            'conduct_verbs': list, 'list_marks': str, 'item_tail': list, 'during_testing': list, 'notice_title': list,
            'notice_title_end': list, 'order_before': list, 'case_none_after': list, 'case_total_after?': list,
            'movement?': list,
            'case_found?': list,
            'case_state_after?': list, 'population_words?': list, 'topic_close?': list, 'frame_close?': list,
            'frame_screening?': list,
            'total_before?': list, 'total_reached_after?': list, 'case_anaphora_opening?': list,
            'case_self_reference?': list,
            'case_determiner?': list, 'case_number_units?': list, 'case_label_marks?': list,
            'case_label_joiners?': list, 'case_home_before?': list,
            'case_total_before': list,
            'key_groups': list, 'periodic': list, 'perfective_before': list, 'case_since_end': list,
            'since_clause_end?': list, 'finish_between?': list, 'case_since_open': list, 'area_rules_opening': list,
            'case_except_open?': list, 'case_except_close?': list,
            'zone_rules_opening': list, 'sealed_zone_name?': list, 'regimen_verbs?': list, 'time_labels': list,
            'tested_people': list,
            'row_label_marks?': list, 'row_openers?': list, 'round_joiners?': list, 'row_date_leads?': list,
            'coverage_after': list, 'scope_label?': list, 'response_tasks?': list, 'task_joins?': list,
            'bare_testing?': list,
            'test_exempt_before': list, 'case_join': list, 'case_state_before': list, 'case_list_other_tally?': list,
            'case_uncounted_before': list,
            'many_rounds': list, 'done_attributive': list, 'list_announce': list,
            'trail?': list, 'campus_before?': list, 'measure_period?': list, 'except_before?': list,
            'except_after?': list, 'positive_after?': list, 'frame_after?': list, 'frame_result?': list,
            'decided?': list,
            'ahead_before?': list, 'result_link?': list, 'zone_kept?': list, 'sealed_zone?': list,
            'period_before?': list, 'lifting_after?': list, 'imposed_before?': list, 'lower_zone_opening?': list,
            'attribute_after?': list, 'zone_series_joins?': list,
            'cause_clause_end?': list, 'cause_open?': list, 'date_bound_after?': list,
            'appeal_in_clause?': list, 'appeal_opening?': list, 'preliminary?': list, 'preliminary_confirmed?': list,
            'preliminary_persons?': list, 'preliminary_found?': list, 'group_before?': list,
            'negation_right_before?': list,
            'claim_denied_after?': list, 'until_result?': list, 'landmark_before?': list, 'case_visit_after?': list,
            'case_already_before?': list, 'school_noun_after?': list,
            'school_task_before?': list, 'school_people_before?': list, 'criterion_heading?': list,
            'school_still_before?': list, 'school_end_after?': list, 'conversion?': list,
            'conversion_opening?': list, 'batches?': list,
            'round_rest?': list, 'round_wrapup?': list, 'case_told_before?': list, 'key_areas?': list,
            'case_source_before?': list,
            'stay_home?': list, 'scene_venue?': list, 'scene_terms?': list, 'scene_frame?': list, 'scene_many?': list,
            'scene_round_verbs?': list, 'task_list_close?': list, 'drill_done?': list,
            'support_before?': list, 'venue_object?': list, 'object_marker?': list,
            'search_frame_open?': list, 'search_frame_close?': list,
        },
        'types?': {'city_to_only_county': list, 'city_from_text_before?': list,
                   'listed_before?': list, 'begun_over_finished?': list,
                   'round_scope_continues?': list, 'county_rows?': list,
                   'appeal': list, 'appeal_yields_to_own_date': list, 'end_before': list,
                   'undated_from_today': list, 'later_notice?': list, 'now_ongoing?': list, 'body_dated': list,
                   'timetable': list, 'dated_by_timetable?': list, 'inherits_own_kind?': list,
                   'inherits_from_lockdown?': list, 'not_dated_by_round?': list,
                   'drill': list, 'announce_blanks_start': list, 'announced_day_yields': list,
                   'one_per_listed_day': list, 'told_again_continues': list,
                   'scope_continues?': list, 'searcher_holds?': list,
                   'designation': list, 'province_total?': list, 'previous_place?': list, 'area_of?': list,
                   'inherits_near?': list, 'no_window_inherit?': list, 'venue_sealing?': list,
                   'unnamed_undated?': list},
        'strength?': Each(list),
        'deixis': Each(str),
        'scope': {
            'levels': {
                'county': str, 'town': str, 'community': str, 'province': str, 'prefecture': str,
            },
            'suffix': Each(list), 'name_suffix': str,
        },
        'quantity': {
            'people': str, 'round': str, 'sampling_points': str, 'count_after': str, 'count_part': str,
            'count_before': str, 'daily_count': str, 'series': str, 'consecutive_days?': str, 'any_count?': str,
            'shared_count?': str, 'one_counted?': str, 'count_at_place?': str, 'dated_count_part': str,
            'frequency?': str,
            'case_state_clause?': str, 'span_count?': str, 'found_count_part?': str,
        },
        'reach': {
            'criterion_tail': int, 'claim': int, 'period': int, 'designation': int, 'heading': int, 'listed': int,
            'label_gap': int, 'scope_label?': int, 'title_tail': int, 'colon': int, 'schedule': int, 'aside': int,
            'item_prefix': int, 'count_note': int,
            'count': int, 'list_gap': int, 'previous_place': int, 'backdrop_tail': int, 'inherit': int,
            'recheck_person?': int, 'time_label': int, 'school_task?': int, 'designate_near?': int, 'zone_kept?': int,
            'joined_test?': int, 'case_source?': int, 'list_label?': int,
        },
        'days': {'campaign': int, 'closure': int, 'progress': int},
    },
    'web': {
        'selectors': {'drop': list, 'content': list, 'site': list},
        'lines': {'drop': list, 'info': str, 'source_prefix': str},
    },
    'title_model': {
        'patterns': {
            'header': str, 'crumb': str, 'site': str, 'notice': str, 'nav': str, 'byline': str, 'separator': str,
            'date': str, 'label': str, 'issuer': str, 'caption': str, 'numbered': str, 'original': str,
            'top_lines': int, 'max_len': int,
        },
        'model?': {'features': list, 'weights': list, 'bias': float, 'threshold': float},
    },
}


def _kind(spec: Spec) -> str:
    if isinstance(spec, type):
        return spec.__name__
    return "array of tables" if isinstance(spec, Rows) else "table"


def _fits(value: Any, spec: type) -> bool:
    if spec is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, spec) and not (spec is int and isinstance(value, bool))


def check(data: Any, spec: Spec, where: str, path: str = "") -> None:
    """Raise :class:`VocabularyError` for the first key of ``data`` that ``spec`` does not allow."""
    if isinstance(spec, type):
        if not _fits(data, spec):
            raise VocabularyError(f"{where}: key {path!r} must be {_kind(spec)}, not {type(data).__name__}")
    elif isinstance(spec, Rows):
        if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
            raise VocabularyError(f"{where}: key {path!r} must be an array of tables ([[{path}]])")
        for i, row in enumerate(data):
            check(row, spec.schema, where, f"{path}[{i}]")
    elif not isinstance(data, dict):
        raise VocabularyError(f"{where}: key {path!r} must be a table, not {type(data).__name__}")
    elif isinstance(spec, Each):
        for key, value in data.items():
            check(value, spec.value, where, f"{path}.{key}" if path else key)
    else:
        _check_table(data, spec, where, path)


def _check_table(data: dict[str, Any], schema: Schema, where: str, path: str) -> None:
    known = {k.rstrip("?"): k.endswith("?") for k in schema}
    for key in data:
        if key not in known:
            raise VocabularyError(f"{where}: unknown key {_join(path, key)!r} (known here: {', '.join(known)})")
    for key, optional in known.items():
        if key not in data and not optional:
            raise VocabularyError(f"{where}: missing key {_join(path, key)!r}")
    for key, value in data.items():
        check(value, schema[key + "?" if known[key] else key], where, _join(path, key))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def load(name: str, folder: Path | None = None) -> dict[str, Any]:
    """``name``.toml from ``folder`` (default: the shipped etl/data), parsed and checked."""
    if name not in SCHEMAS:
        raise VocabularyError(f"no vocabulary called {name!r} (known: {', '.join(SCHEMAS)})")
    where = str(folder / f"{name}.toml") if folder else f"etl/data/{name}.toml"
    try:
        text = ((folder / f"{name}.toml").read_text(encoding="utf-8") if folder
                else resources.files("etl.data").joinpath(f"{name}.toml").read_text(encoding="utf-8"))
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise VocabularyError(f"{where}: cannot be read ({exc})") from None
    check(data, SCHEMAS[name], where)
    return data
