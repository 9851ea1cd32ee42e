"""Which of the laptop's addresses the phones can most likely reach.

A laptop has several: Wi-Fi, a cable, a VPN, virtual adapters of virtual machines and
containers, the loopback. The UI lists them (Qt's QNetworkInterface) as `Candidate`s; `rank`
puts the likeliest first: a private IPv4 address on Wi-Fi or a cable, then other real
adapters, then VPNs and virtual ones, and the loopback (this computer only) last.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

KINDS = ("wifi", "ethernet", "other", "vpn", "virtual", "loopback")
"""Kinds of adapter, likeliest first."""

_VIRTUAL = re.compile(r"docker|veth|vbox|virtualbox|vmnet|vmware|virbr|^br-|hyper-v|vethernet|"
                      r"wsl|default switch|lxc|lxd|podman|cni|flannel|vagrant", re.I)
_VPN = re.compile(r"^tun|^tap|^wg|^ppp|^utun|^ipsec|tailscale|zerotier|^zt|vpn|anyconnect|"
                  r"fortinet|forticlient|globalprotect|pangp|wireguard|openvpn|cisco", re.I)


@dataclass(frozen=True)
class Candidate:
    interface: str
    """The adapter's system name (wlan0, Ethernet 2)."""
    label: str
    """Its name for people, as the system gives it."""
    kind: str
    """As the system says it: wifi, ethernet, loopback, virtual, or other."""
    address: str


def kind_of(candidate: Candidate) -> str:
    """The candidate's kind, with VPNs and virtual adapters told apart by their names."""
    names = f"{candidate.interface} {candidate.label}"
    if candidate.kind == "loopback" or _is(candidate.address, "is_loopback"):
        return "loopback"
    if _VIRTUAL.search(names):
        return "virtual"
    if _VPN.search(names):
        return "vpn"
    return candidate.kind if candidate.kind in KINDS else "other"


def _is(address: str, attribute: str) -> bool:
    try:
        return bool(getattr(ipaddress.ip_address(address), attribute))
    except ValueError:
        return False


def rank(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, likeliest first (stable for equals)."""
    def score(candidate: Candidate) -> tuple[int, int, int]:
        try:
            ip = ipaddress.ip_address(candidate.address)
        except ValueError:
            return (len(KINDS), 9, 9)
        family = 0 if ip.version == 4 else 1
        if ip.is_link_local:
            reach = 2
        elif ip.is_private:
            reach = 0
        else:
            reach = 1
        return (KINDS.index(kind_of(candidate)), family, reach)
    return sorted(candidates, key=score)
