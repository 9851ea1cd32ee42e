from kerneopgave_desktop.storage.drives import DRIVE_REMOTE, is_network_path

LINUX = """\
/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//fil01/kommune /mnt/k cifs rw,vers=3.0 0 0
server:/export /home/lene/nfs nfs4 rw 0 0
/dev/vdb1 /mnt/k/lokal ext4 rw 0 0
sshfs#u@h: /media/my\\040drive fuse.sshfs rw 0 0
"""
MAC = """\
/dev/disk1s1 on / (apfs, local, journaled)
//lene@fil01/kommune on /Volumes/kommune (smbfs, nodev, nosuid, mounted by lene)
"""


def test_linux_mount_table():
    assert is_network_path("/mnt/k/møde.kerneopgave", "linux", LINUX)
    assert is_network_path("/home/lene/nfs/a/b.kerneopgave", "linux", LINUX)
    assert is_network_path("/media/my drive/x.kerneopgave", "linux", LINUX)
    assert not is_network_path("/mnt/k/lokal/x.kerneopgave", "linux", LINUX)  # longest match
    assert not is_network_path("/home/lene/x.kerneopgave", "linux", LINUX)


def test_macos_mount_output():
    assert is_network_path("/Volumes/kommune/x.kerneopgave", "darwin", MAC)
    assert not is_network_path("/Users/lene/x.kerneopgave", "darwin", MAC)


def test_windows_unc_paths_and_mapped_drives():
    types = {"K:\\": DRIVE_REMOTE, "C:\\": 3}
    ask = lambda root: types.get(root, 3)  # noqa: E731
    assert is_network_path(r"\\fil01\kommune\x.kerneopgave", "win32", drive_type=ask)
    assert is_network_path("//fil01/kommune/x.kerneopgave", "win32", drive_type=ask)
    assert is_network_path(r"K:\Arbejdsmøder\x.kerneopgave", "win32", drive_type=ask)
    assert not is_network_path(r"C:\Users\lene\x.kerneopgave", "win32", drive_type=ask)


def test_this_machine_s_temporary_folder_is_local(tmp_path):
    assert not is_network_path(tmp_path / "x.kerneopgave")


def test_the_app_says_once_per_file_that_a_local_copy_is_safer(qapp, qtbot, tmp_path,
                                                                monkeypatch, settings):
    from PySide6.QtWidgets import QMessageBox

    from kerneopgave_desktop.storage import Store
    from kerneopgave_desktop.ui.app import Application
    from tests.factories import sample_workshop
    monkeypatch.setattr("kerneopgave_desktop.storage.store.is_network_path", lambda path: True)
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    path = tmp_path / "fælles.kerneopgave"
    Store.create(path, sample_workshop()).close()
    application = Application(qapp, settings)
    window = application.open_file(str(path))
    qtbot.addWidget(window)
    assert window.document.store.on_network
    assert len(shown) == 1 and "netværksdrev" in shown[0] and "fælles.kerneopgave" in shown[0]
    window.close()
    again = application.open_file(str(path))
    qtbot.addWidget(again)
    assert len(shown) == 1  # once per file
    journal = again.document.store.db.execute("PRAGMA journal_mode").fetchone()[0]
    assert journal == "delete"  # never WAL
