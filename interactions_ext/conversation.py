"""Multi-turn conversations chained by ``previous_interaction_id``, and the tool loop.

The async flavour is written in ``_async/conversation.py``; the sync one is generated.
"""

from ._async.conversation import AsyncConversation, async_run_tools
from ._sync.conversation import Conversation, run_tools

__all__ = ["AsyncConversation", "Conversation", "async_run_tools", "run_tools"]
