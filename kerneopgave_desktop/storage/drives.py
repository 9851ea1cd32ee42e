"""Is a file on a network drive? Then the rollback journal (never WAL) and one writer matter
most, and the user is told once that a local copy is safer."""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Callable
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ncpfs",
    "davfs", "fuse.davfs2", "webdav", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph",
    "lustre", "fuse.rclone", "afpfs", "nfs3",
})
DRIVE_REMOTE = 4
"""GetDriveTypeW's answer for a network drive (mapped drive letters too)."""


def _linux_type(path: Path, mounts: str) -> str | None:
    """The filesystem type of the longest mount point that holds `path` (/proc/self/mounts)."""
    best, kind = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def _mac_mounts() -> str:
    """`mount`'s table on macOS; an OSError when it cannot be read in time."""
    import subprocess  # only here: the other systems never start a program for this

    try:
        return subprocess.run(["/sbin/mount"], capture_output=True, text=True,
                              timeout=5).stdout
    except subprocess.SubprocessError as error:
        raise OSError(str(error)) from error


def _mac_type(path: Path, mount_output: str) -> str | None:
    """From `mount`: '//user@server/share on /Volumes/share (smbfs, nodev, ...)'."""
    best, kind = "", None
    for line in mount_output.splitlines():
        if " on " not in line or " (" not in line:
            continue
        point = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, line.rsplit(" (", 1)[1].split(",")[0].strip(" )")
    return kind


def _windows_drive_type(root: str) -> int:
    import ctypes
    return ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]


def is_network_path(path: str | os.PathLike[str], platform: str = sys.platform,
                    mounts: str | None = None,
                    drive_type: Callable[[str], int] | None = None) -> bool:
    """True when `path` lives on a network drive. Unknown counts as local."""
    if platform == "win32":
        text = str(path)
        if text.startswith(("\\\\", "//")):
            return True  # a UNC path: \\server\share\...
        if not ntpath.isabs(text) and sys.platform == "win32":
            text = os.path.abspath(text)
        drive = ntpath.splitdrive(text)[0]  # ntpath: drive letters, on any machine
        if not drive:
            return False
        return (drive_type or _windows_drive_type)(drive + "\\") == DRIVE_REMOTE
    resolved = Path(os.path.realpath(path))
    try:
        if platform.startswith("linux"):
            table = mounts if mounts is not None else Path("/proc/self/mounts").read_text()
            kind = _linux_type(resolved, table)
        elif platform == "darwin":
            table = mounts if mounts is not None else _mac_mounts()
            kind = _mac_type(resolved, table)
        else:
            return False
    except OSError:
        return False
    return kind in NETWORK_FILESYSTEMS
