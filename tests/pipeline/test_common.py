"""Loading steps every job shares: output language, schedules of every kind, breakdowns."""

from __future__ import annotations

from prodbridge.config import load_config
from prodbridge.model import Script
from prodbridge.pipeline.common import load_breakdown, load_schedule, load_script, output_lang
from tests.conftest import FIXTURES


def test_output_language_follows_the_option_then_the_config_then_the_script():
    cfg = load_config(FIXTURES / "prodbridge.toml")
    french = Script("fdx", "La Traversée", "fr", (), ())
    assert output_lang("fr", cfg, french) == "fr"
    assert output_lang("auto", cfg, french) == "en"
    assert output_lang(None, None, french) == "fr"


def test_a_uss_schedule_and_a_stripboard_of_the_same_shoot_give_the_same_days():
    uss, _, _ = load_schedule(FIXTURES / "schedules" / "the-crossing.uss")
    sheet, _, _ = load_schedule(FIXTURES / "schedules" / "the-crossing-stripboard.xlsx")
    assert uss.format == "uss"
    assert [d.number for d in uss.days] == [d.number for d in sheet.days]


def test_without_a_review_every_finding_is_proposed():
    loaded = load_script(FIXTURES / "scripts" / "the-crossing.fdx")
    breakdown, issues = load_breakdown(loaded, None, None, "en")
    assert issues == []
    assert breakdown.entries
    assert {e.status for e in breakdown.entries} == {"proposed"}
