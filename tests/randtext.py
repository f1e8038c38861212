"""Random strings over a chosen alphabet, for tests that compare a shortcut with the plain way."""
from __future__ import annotations

import random


def random_texts(n: int, alphabet: str, seed: int, shortest: int = 0, longest: int = 60) -> list[str]:
    """``n`` strings of ``shortest``..``longest`` characters drawn from ``alphabet``, the same for a seed."""
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(shortest, longest))) for _ in range(n)]


# lines of a scraped page, chrome and report text alike: the cases every line-level shortcut meets
PAGE_LINES = [
    "当前位置：首页 > 工作总结 > 自查报告",
    "发布时间：2024-05-06  来源：市政府办公室  浏览次数：1024",
    "2019年全镇受理信访件31件，办结率100%，同比增长５.２%。",
    "一是实施强村计划，力争年底前经营性收入达到50万元；二是推进改厕工作。",
    "本文档共12页，下载文档到电脑，查找使用更方便。版权所有 © 某某范文网",
]
