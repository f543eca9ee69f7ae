"""Configuration: file + environment, and the password never shows itself."""


import pytest

from stemsync.config import ConfigError, Secret, load_config


def write(tmp_path, text):
    path = tmp_path / "stemsync.toml"
    path.write_text(text)
    return path


def test_file_values_and_relative_paths(tmp_path):
    (tmp_path / "pw").write_text("geheim-uit-bestand\n")
    path = write(tmp_path, '[limesurvey]\nurl = "https://ls/index.php?r=admin/remotecontrol"\nuser = "svc"\n'
                           'password_file = "pw"\ntimeout = 12\nretries = 1\n[database]\nraw = "data/raw.db"\n')
    config = load_config(path, environ={})
    assert config.url.endswith("r=admin/remotecontrol") and config.user == "svc"
    assert config.password.reveal() == "geheim-uit-bestand"
    assert config.timeout == 12 and config.retries == 1
    assert config.db == tmp_path / "data" / "raw.db"


def test_environment_overrides_file(tmp_path):
    path = write(tmp_path, '[limesurvey]\nurl = "https://file"\nuser = "file"\n')
    env = {"STEMSYNC_URL": "https://env", "STEMSYNC_USER": "env", "STEMSYNC_PASSWORD": "pw-env",
           "STEMSYNC_DB": str(tmp_path / "env.db")}
    config = load_config(path, environ=env)
    assert (config.url, config.user, config.password.reveal()) == ("https://env", "env", "pw-env")
    assert config.db == tmp_path / "env.db"


def test_config_path_from_environment(tmp_path):
    path = write(tmp_path, '[limesurvey]\nuser = "via-env-path"\n')
    assert load_config(None, environ={"STEMSYNC_CONFIG": str(path)}).user == "via-env-path"


def test_password_in_the_file_is_refused(tmp_path):
    path = write(tmp_path, '[limesurvey]\npassword = "nee"\n')
    with pytest.raises(ConfigError, match="password_file or STEMSYNC_PASSWORD") as info:
        load_config(path, environ={})
    assert "nee" not in str(info.value)


def test_missing_or_broken_files_say_what_to_do(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "none.toml", environ={})
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[limesurvey\n"), environ={})
    with pytest.raises(ConfigError, match="cannot read password_file"):
        load_config(write(tmp_path, '[limesurvey]\npassword_file = "missing"\n'), environ={})
    (tmp_path / "empty").write_text("\n")
    with pytest.raises(ConfigError, match="is empty"):
        load_config(write(tmp_path, '[limesurvey]\npassword_file = "empty"\n'), environ={})


def test_require_limesurvey_names_what_is_missing():
    config = load_config(None, environ={"STEMSYNC_URL": "https://x"})
    with pytest.raises(ConfigError, match="STEMSYNC_USER"):
        config.require_limesurvey()
    config = load_config(None, environ={"STEMSYNC_URL": "https://x", "STEMSYNC_USER": "u"})
    with pytest.raises(ConfigError, match="STEMSYNC_PASSWORD"):
        config.require_limesurvey()


def test_secret_never_shows_itself():
    secret = Secret("hunter2-zeer-geheim")
    assert "hunter2" not in repr(secret) and "hunter2" not in str(secret) and "hunter2" not in f"{secret}"
    config = load_config(None, environ={"STEMSYNC_PASSWORD": "hunter2-zeer-geheim"})
    assert "hunter2" not in repr(config)
