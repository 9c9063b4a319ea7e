"""The typed settings registry and the local JSON config of this PC."""

from __future__ import annotations

import json

import pytest

from inspector_app.errors import ValidationError
from inspector_app.settings import OPTIONS, LocalConfig, Scope, option


def test_every_option_is_declared_with_a_title_and_a_valid_default():
    for key, opt in OPTIONS.items():
        assert opt.key == key
        assert opt.title
        assert opt.parse(opt.default) == opt.default


def test_the_unit_and_local_options():
    assert {k for k, o in OPTIONS.items() if o.scope is Scope.UNIT} == {"timezone", "idle_lock_minutes",
                                                                               "battery_min_percent",
                                                                               "clock_tolerance_seconds",
                                                                               "overdue_hours",
                                                                               "gap_tolerance_seconds",
                                                                               "clock_max_idle_days", "tsa_url",
                                                                               "tsa_certificate",
                                                                               "rolling_check_days"}
    assert {k for k, o in OPTIONS.items() if o.scope is Scope.LOCAL} == {"database_url", "vault_path", "language"}
    assert option("timezone").default == "Asia/Almaty"
    assert option("idle_lock_minutes").default == 10


def test_int_option_parses_text():
    assert option("idle_lock_minutes").parse(" 15 ") == 15
    assert option("idle_lock_minutes").parse(30) == 30


@pytest.mark.parametrize("raw", ["ten", "", "1.5", None])
def test_int_option_refuses_non_numbers(raw):
    with pytest.raises(ValidationError) as info:
        option("idle_lock_minutes").parse(raw)
    assert info.value.code == "setting"


@pytest.mark.parametrize("raw, ok", [(0, False), (1, True), (240, True), (241, False), (-5, False)])
def test_int_option_range(raw, ok):
    opt = option("idle_lock_minutes")
    if ok:
        assert opt.parse(raw) == raw
    else:
        with pytest.raises(ValidationError) as info:
            opt.parse(raw)
        assert info.value.code == "setting_range"
        assert info.value.params == {"key": "idle_lock_minutes", "min": 1, "max": 240}


def test_timezone_option_checks_the_zone():
    assert option("timezone").parse("Asia/Aqtobe") == "Asia/Aqtobe"
    with pytest.raises(ValidationError) as info:
        option("timezone").parse("Asia/Atlantis")
    assert info.value.code == "timezone"


@pytest.mark.parametrize("lang", ["", "kk", "ru", "en"])
def test_language_option_accepts_known_languages(lang):
    assert option("language").parse(lang) == lang


def test_language_option_refuses_others():
    with pytest.raises(ValidationError) as info:
        option("language").parse("de")
    assert info.value.code == "language"


def test_unknown_key():
    with pytest.raises(ValidationError) as info:
        option("font_size")
    assert info.value.code == "setting_unknown"


def test_local_config_defaults_without_a_file(tmp_path):
    config = LocalConfig(tmp_path / "config.json")
    assert config.get("language") == ""
    assert config.get("database_url") == ""
    assert not (tmp_path / "config.json").exists()


def test_local_config_persists_in_json_and_reloads(tmp_path):
    path = tmp_path / "sub" / "config.json"
    config = LocalConfig(path)
    config.set("language", "kk")
    config.set("database_url", "postgresql://ala_app@server/inspector")
    assert json.loads(path.read_text("utf-8")) == {"language": "kk", "database_url": "postgresql://ala_app@server/inspector"}
    again = LocalConfig(path)
    assert again.get("language") == "kk"
    assert again.get("database_url") == "postgresql://ala_app@server/inspector"


def test_local_config_writes_atomically_leaving_no_temporary_files(tmp_path):
    path = tmp_path / "config.json"
    config = LocalConfig(path)
    for lang in ("kk", "ru", "en"):
        config.set("language", lang)
    assert [p.name for p in tmp_path.iterdir()] == ["config.json"]
    assert LocalConfig(path).get("language") == "en"


def test_local_config_refuses_a_bad_value_and_keeps_the_file(tmp_path):
    path = tmp_path / "config.json"
    config = LocalConfig(path)
    config.set("language", "ru")
    with pytest.raises(ValidationError):
        config.set("language", "fr")
    assert config.get("language") == "ru"
    assert json.loads(path.read_text("utf-8")) == {"language": "ru"}


def test_local_config_refuses_unit_options(tmp_path):
    config = LocalConfig(tmp_path / "config.json")
    with pytest.raises(ValidationError) as info:
        config.get("timezone")
    assert info.value.code == "setting_scope"


def test_local_config_does_not_store_unit_options(tmp_path):
    path = tmp_path / "config.json"
    config = LocalConfig(path)
    with pytest.raises(ValidationError) as info:
        config.set("idle_lock_minutes", 5)
    assert info.value.code == "setting_scope"
    assert not path.exists()


def test_local_config_unknown_key(tmp_path):
    config = LocalConfig(tmp_path / "config.json")
    with pytest.raises(ValidationError):
        config.get("nope")
    with pytest.raises(ValidationError):
        config.set("nope", "x")


@pytest.mark.parametrize("content", ["{not json", "", '{"language": "kk"', "\xff\xfe"])
def test_bad_json_is_a_validation_error(tmp_path, content):
    path = tmp_path / "config.json"
    path.write_text(content, "latin-1")
    with pytest.raises(ValidationError) as info:
        LocalConfig(path)
    assert info.value.code == "config"
    assert str(path) in str(info.value)


@pytest.mark.parametrize("content", ["[]", '"kk"', "42", "null"])
def test_json_that_is_not_an_object_is_a_validation_error(tmp_path, content):
    path = tmp_path / "config.json"
    path.write_text(content, "utf-8")
    with pytest.raises(ValidationError) as info:
        LocalConfig(path)
    assert info.value.code == "config"


def test_a_stored_bad_value_is_reported_when_read(tmp_path):
    path = tmp_path / "config.json"
    path.write_text('{"language": "xx"}', "utf-8")
    config = LocalConfig(path)
    with pytest.raises(ValidationError):
        config.get("language")


def test_the_database_url_never_keeps_a_password(tmp_path):
    config = LocalConfig(tmp_path / "config.json")
    config.set("database_url", "postgresql+psycopg://ala_app@server:5432/inspector?sslmode=require")
    for refused, code in (("postgresql://ala_app:Secret-1@server/inspector", "database_password_in_url"),
                          ("postgresql://ala_app@server/inspector?password=Secret-1", "database_password_in_url"),
                          ("mysql://ala_app@server/inspector", "database_kind"),
                          ("postgresql://server/inspector", "database_url")):
        with pytest.raises(ValidationError) as error:
            config.set("database_url", refused)
        assert error.value.code == code
    stored = (tmp_path / "config.json").read_text("utf-8")
    assert "Secret-1" not in stored and "ala_app@server:5432/inspector?sslmode=require" in stored
