"""The typed models of the Interactions API: events, deltas, steps, content and resources.

msgspec Structs generated from the spec (``interactions_ext._generated.models``);
``Interaction`` is what create/get/cancel return, ``StreamEvent`` what streams yield.
"""

from ._generated.models import *  # noqa: F403
