from kerneopgave_desktop.storage.order import new_ords


def keyed(keys):
    return dict.fromkeys(keys)


def test_appending_continues_after_the_last_key():
    ords, renumbered = new_ords(keyed("abcd"), {"c", "d"}, {"a": 1.0, "b": 5.0})
    assert ords == {"c": 6.0, "d": 7.0} and not renumbered


def test_a_run_in_the_middle_is_spread_between_its_neighbours():
    ords, renumbered = new_ords(keyed("axyb"), {"x", "y"}, {"a": 1.0, "b": 4.0})
    assert ords == {"x": 2.0, "y": 3.0} and not renumbered


def test_a_run_at_the_front_goes_before_the_first_key():
    ords, _ = new_ords(keyed("xa"), {"x"}, {"a": 1.0})
    assert ords["x"] < 1.0


def test_a_gap_too_narrow_for_floats_renumbers_everything():
    ords, renumbered = new_ords(keyed("axb"), {"x"}, {"a": 1.0, "b": 1.0 + 2 ** -52})
    assert renumbered and ords == {"a": 1.0, "x": 2.0, "b": 3.0}
