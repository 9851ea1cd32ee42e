"""`kerneopgave FILE --room 127.0.0.1`: the real program opens the room, prints the address
to join, serves the page to that address only, and nothing listens once it has ended."""

import http.client
import http.cookiejar
import os
import subprocess
import sys
import urllib.error
import urllib.request

import pytest


@pytest.mark.slow
def test_the_room_command_prints_the_join_address_and_stops_with_the_program(tmp_path):
    from kerneopgave_desktop.cli import main

    path = tmp_path / "møde.kerneopgave"
    assert main(["new", str(path), "--template", "dilemmaer"]) == 0
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local")}
    program = subprocess.Popen([sys.executable, "-m", "kerneopgave_desktop.cli", str(path),
                                "--room", "127.0.0.1"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env,
                               stdin=subprocess.DEVNULL)
    try:
        url = program.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and "/j/" in url, program.stderr.read()
        port = int(url.split(":")[2].split("/")[0])
        with pytest.raises(urllib.error.HTTPError) as refused:  # the address alone: nothing
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10)
        assert refused.value.code == 403
        phone = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(
            http.cookiejar.CookieJar()))
        with phone.open(url, timeout=10) as page:
            assert page.status == 200 and "Deltag i mødet" in page.read().decode()
    finally:
        program.terminate()
        program.wait(30)
    with pytest.raises(ConnectionRefusedError):
        http.client.HTTPConnection("127.0.0.1", port, timeout=5).request("GET", "/")
