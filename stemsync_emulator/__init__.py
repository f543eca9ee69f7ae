"""A LimeSurvey 6.2.1 RemoteControl 2 (JSON-RPC) emulator for tests, demos and benchmarks.

Built from the measured behaviour in ``shared/limesurvey`` (FACTS.md and
the recordings): it answers like the recorded server, quirks included.

>>> from stemsync_emulator import Emulator              # doctest: +SKIP
>>> with Emulator(password="adminpw") as emu:
...     sid = emu.load_lss("probe.lss", activate=True)
...     emu.state.add_responses_bulk(sid, [{"GEHOORD": "1", "TEAM": "arnhem"}])
...     print(emu.url)
"""

from .cost import LIMESURVEY_642, CostModel
from .lss import LssError, LssSurvey, parse_lss
from .rpc import RemoteControl, RpcError
from .server import FAULTS, Emulator
from .state import ServerState

__all__ = ["CostModel", "LIMESURVEY_642", "Emulator", "FAULTS", "LssError", "LssSurvey", "RemoteControl", "RpcError", "ServerState", "parse_lss"]
