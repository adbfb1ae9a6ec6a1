"""Scoring backends: lexical TF-IDF, sentence-transformers (tiny local models), hybrid, make_scorer.

The embedding tests build small random BERT sentence-transformers in a temp dir (vocabulary: the
characters of a real standard) and load them by path, exactly as a user's local bge-small-zh
folder would be loaded. Nothing touches the network (the conftest blocks sockets).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from analyzer.mapping.backends import ClauseProfileText, NotFitted, Scorer, clause_set_key
from analyzer.mapping.config import EmbeddingConfig, EmbeddingConfigError, load_embedding_config, parse_config
from analyzer.mapping.embedding import EmbeddingScorer, EmbeddingUnavailable, hf_offline, model_fingerprint
from analyzer.mapping.hybrid import HybridScorer, make_scorer, minmax_rows
from analyzer.mapping.lexical import LexicalScorer
from analyzer.model import Standard
from analyzer.standards import load_standard

ROOT = Path(__file__).resolve().parents[2]
NOT_CACHED = "sara-test/definitely-not-a-cached-model"


def profiles(std: Standard) -> list[ClauseProfileText]:
    """Leaf clauses: title + requirement text + guidance (what the mapper will pass)."""
    out = []
    for c in std.clauses:
        if c.children:
            continue
        parts = [c.title, c.text, *(f"{g.title or ''} {g.text}" for g in c.guidance)]
        out.append(ClauseProfileText(c.id, "\n".join(parts)))
    return out


@pytest.fixture(scope="module")
def sz() -> Standard:
    return load_standard("shenzhen-economic-2019")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SARA_CACHE_DIR", str(tmp_path / "sara-cache"))
    monkeypatch.delenv("SARA_EMBEDDING_MODEL", raising=False)
    monkeypatch.delenv("SARA_EMBEDDING_CONFIG", raising=False)


# --------------------------------------------------------------------------- tiny models


def build_tiny_model(folder: Path, text: str, *, seed: int, hidden: int = 32) -> Path:
    """A 2-layer random BERT sentence-transformer whose vocabulary is the characters of ``text``."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from transformers import BertConfig, BertModel, BertTokenizerFast

    chars = sorted({ch for ch in text if not ch.isspace()})
    vocab = {w: i for i, w in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars])}
    # transformers 5: vocab_file= is silently ignored (all [UNK]); pass the mapping.
    tok = BertTokenizerFast(vocab=vocab, do_lower_case=False, tokenize_chinese_chars=True)
    torch.manual_seed(seed)
    cfg = BertConfig(
        vocab_size=len(vocab),
        hidden_size=hidden,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=2 * hidden,
        max_position_embeddings=256,
    )
    raw = folder / "hf"
    BertModel(cfg).save_pretrained(raw)
    tok.save_pretrained(raw)
    word = Transformer(str(raw), max_seq_length=256)
    st = SentenceTransformer(modules=[word, Pooling(word.get_embedding_dimension(), "mean"), Normalize()])
    out = folder / "st"
    st.save(str(out))
    return out


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory, sz: Standard) -> Path:
    text = "".join(p.text for p in profiles(sz))
    return build_tiny_model(tmp_path_factory.mktemp("tiny-a"), text, seed=1)


@pytest.fixture(scope="module")
def other_model(tmp_path_factory: pytest.TempPathFactory, sz: Standard) -> Path:
    text = "".join(p.text for p in profiles(sz))
    return build_tiny_model(tmp_path_factory.mktemp("tiny-b"), text, seed=2)


def test_tokenizer_of_the_tiny_model_knows_chinese(tiny_model: Path) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(tiny_model), local_files_only=True)
    assert "[UNK]" not in tok.tokenize("顾客满意度")


# --------------------------------------------------------------------------- imports and config


def test_importing_mapping_modules_does_not_import_torch() -> None:
    code = (
        "import sys, analyzer.mapping.backends, analyzer.mapping.lexical, analyzer.mapping.embedding, "
        "analyzer.mapping.hybrid, analyzer.mapping.config\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers', 'sklearn') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == ""


def test_shipped_config_is_valid_and_matches_the_defaults() -> None:
    shipped = load_embedding_config(ROOT / "models" / "embedding.yaml")
    assert shipped == EmbeddingConfig()
    assert shipped.model == "BAAI/bge-small-zh-v1.5"
    assert load_embedding_config() == shipped


def test_unknown_setting_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "embedding.yaml"
    bad.write_text("schema: sara.embedding/1\nbatch_size: 8\nlexical:\n  word_wieght: 0.2\n", encoding="utf-8")
    with pytest.raises(EmbeddingConfigError) as info:
        load_embedding_config(bad)
    assert "lexical → word_wieght" in info.value.message_en
    assert "模型配置文件" in info.value.message_zh
    with pytest.raises(EmbeddingConfigError):
        parse_config({"hybrid_weight": 1.5})
    with pytest.raises(EmbeddingConfigError):
        parse_config({"lexical": {"char_ngram": [4, 2]}})


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = EmbeddingConfig()
    monkeypatch.setenv("SARA_EMBEDDING_MODEL", "/opt/bge")
    monkeypatch.setenv("SARA_CACHE_DIR", str(tmp_path))
    assert cfg.resolved_model() == "/opt/bge"
    assert cfg.resolved_model("/x") == "/x"
    assert cfg.resolved_cache_dir() == tmp_path / "embeddings"
    monkeypatch.delenv("SARA_CACHE_DIR")
    assert cfg.resolved_cache_dir() == Path("~/.cache/sara/embeddings").expanduser()


# --------------------------------------------------------------------------- lexical

# Hand-written report paragraphs, each answering one clause of shenzhen-economic-2019 in a
# report's own words (no sentence copied from the standard).
PARAPHRASES: tuple[tuple[str, str], ...] = (
    (
        "1.1",
        "公司董事长亲自主持提炼企业使命、愿景和核心价值观，编写《企业文化手册》，通过新员工入职培训、"
        "内刊和年度文化节向全体员工宣贯；高管每季度深入一线讲述文化故事，以身作则践行“客户第一、诚信担当”。",
    ),
    (
        "1.2",
        "公司按照上市公司要求设立股东大会、董事会、监事会和经理层，制定议事规则，明确决策、执行和监督的权限；"
        "内审部门每年开展合规审计，风险管理委员会定期识别政策、财务和运营风险并制定防控预案。",
    ),
    (
        "2.1",
        "每年第三季度，战略发展部运用PEST和SWOT工具分析宏观政策、技术趋势与竞争格局，识别机会与威胁，"
        "确定关键成功因素，据此制定五年发展规划，明确营业收入、利润和市场份额等中长期目标。",
    ),
    (
        "2.2",
        "规划确定后，公司将年度目标逐级分解到事业部、部门和班组，签订目标责任书，配置资金、人员和设备等资源；"
        "经营分析会每月跟踪计划执行进度，对偏差及时纠偏，必要时在年中调整战略举措。",
    ),
    (
        "3.1",
        "公司按行业和规模把客户细分为战略客户、重点客户和一般客户，通过客户拜访、售后回访和线上问卷收集需求与抱怨，"
        "建立400服务热线和24小时响应的投诉处理流程，定期评估客户关系管理系统的有效性。",
    ),
    (
        "3.2",
        "我们深入挖掘客户在产线换型和能耗方面的痛点，联合客户共同开发整体解决方案，为客户创造附加价值；"
        "同时加强品牌建设，参加国际展会，提升品牌美誉度，客户忠诚度和复购率持续提高。",
    ),
    (
        "4.1",
        "人力资源部根据战略规划预测未来三年各类人才的数量和结构需求，完善招聘、任用、薪酬和绩效考核制度，"
        "为员工缴纳五险一金、组织年度体检，并通过员工满意度调查找出不满意的因素加以改进。",
    ),
    (
        "4.2",
        "公司建立分层分类的培训体系，设立内部讲师队伍和线上学习平台，为技术、管理和技能人员设计双通道职业发展路径，"
        "实施导师带徒和后备干部培养计划，鼓励员工参与合理化建议和班组自主管理。",
    ),
    (
        "5.1",
        "公司把创新驱动写入中长期战略，每年研发投入不低于销售收入的8%，设立创新奖励基金，对发明专利和技术突破给予重奖，"
        "倡导敢于试错、宽容失败的创新文化，推动科技成果尽快转化为新产品。",
    ),
    (
        "5.2",
        "公司搭建知识管理平台，沉淀项目经验和技术文档，建立专利布局和知识产权保护制度；"
        "与高校、科研院所和上下游企业共建联合实验室，开展产学研合作，打造开放共享的创新生态圈。",
    ),
    (
        "6.1",
        "围绕价值链，公司识别出研发设计、采购、生产制造和交付安装四个关键过程，明确每个过程的关键要求和运营指标，"
        "通过信息化系统实时监控过程绩效，并制定应急预案应对突发事件。",
    ),
    (
        "6.2",
        "公司设立首席质量官，制定质量方针和质量目标，建立并运行ISO9001质量管理体系，推行六西格玛和QC小组活动，"
        "开展质量月活动，营造全员参与的质量文化。",
    ),
)
LEXICAL_MIN_CORRECT = 11  # measured 12/12 on 2026-11 (word_weight 0.3, char 2–4, idf=clauses)


def test_lexical_ranks_the_paraphrased_clause_first(sz: Standard) -> None:
    scorer = LexicalScorer()
    scorer.fit(profiles(sz))
    sims = scorer.score([text for _, text in PARAPHRASES])
    ids = scorer.clause_ids
    hits = [ids[int(np.argmax(row))] == want for (want, _), row in zip(PARAPHRASES, sims, strict=True)]
    misses = [
        (want, ids[int(np.argmax(row))])
        for (want, _), row in zip(PARAPHRASES, sims, strict=True)
        if want != ids[int(np.argmax(row))]
    ]
    print(f"lexical top-1 on paraphrases: {sum(hits)}/{len(hits)}; misses (want, got): {misses}")
    assert sum(hits) >= LEXICAL_MIN_CORRECT


def test_lexical_shape_range_and_determinism(sz: Standard) -> None:
    clauses = profiles(sz)
    a, b = LexicalScorer(), LexicalScorer()
    a.fit(clauses)
    b.fit(clauses)
    texts = [t for _, t in PARAPHRASES] + ["", "2021 2022 2023", "。，、"]
    sa, sb = a.score(texts), b.score(texts)
    assert sa.shape == (len(texts), len(clauses)) and sa.dtype == np.float32
    assert np.array_equal(sa, sb)
    assert float(sa.min()) >= 0.0 and float(sa.max()) <= 1.0
    assert not sa[len(PARAPHRASES)].any()  # the empty text scores 0 everywhere
    assert a.score([]).shape == (0, len(clauses))
    assert a.clause_ids == tuple(c.id for c in clauses)
    assert isinstance(a, Scorer)
    assert a.describe().name == "lexical" and a.describe().fallback is None


def test_lexical_idf_on_clauses_and_texts(sz: Standard) -> None:
    scorer = LexicalScorer(idf_corpus="clauses+texts")
    scorer.fit(profiles(sz))
    sims = scorer.score([t for _, t in PARAPHRASES])
    ids = scorer.clause_ids
    assert sum(ids[int(np.argmax(r))] == w for (w, _), r in zip(PARAPHRASES, sims, strict=True)) >= LEXICAL_MIN_CORRECT


def test_scoring_before_fit_and_bad_clause_sets() -> None:
    with pytest.raises(NotFitted):
        LexicalScorer().score(["文本"])
    with pytest.raises(ValueError, match="zero clauses"):
        LexicalScorer().fit([])
    with pytest.raises(ValueError, match="duplicate"):
        LexicalScorer().fit([ClauseProfileText("1", "领导"), ClauseProfileText("1", "战略")])


# --------------------------------------------------------------------------- embedding


def test_embedding_loads_a_local_folder_and_scores(tiny_model: Path, sz: Standard, tmp_path: Path) -> None:
    scorer = EmbeddingScorer(str(tiny_model), cache_dir=tmp_path, batch_size=4)
    clauses = profiles(sz)
    scorer.fit(clauses)
    assert scorer.cache_state == "off"
    texts = [t for _, t in PARAPHRASES]
    calls: list[tuple[int, int]] = []
    sims = scorer.score(texts, progress=lambda done, total: calls.append((done, total)))
    assert sims.shape == (len(texts), len(clauses)) and sims.dtype == np.float32
    assert float(sims.min()) >= 0.0 and float(sims.max()) <= 1.0 + 1e-6
    assert calls == [(4, 12), (8, 12), (12, 12)]
    emb = scorer.encode(texts)
    assert np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    # Batching and length sorting do not change the result: each text encoded alone gives the same vector.
    alone = np.vstack([scorer.encode([t]) for t in texts[:3]])
    assert np.allclose(alone, emb[:3], atol=1e-5)
    info = scorer.describe()
    assert (info.name, info.model, info.dimension) == ("embedding", str(tiny_model), 32)
    assert info.model_path == str(tiny_model.resolve())


def test_clause_embeddings_are_cached_on_disk(
    tiny_model: Path, other_model: Path, sz: Standard, tmp_path: Path
) -> None:
    clauses = profiles(sz)
    key = clause_set_key(sz)
    first = EmbeddingScorer(str(tiny_model), cache_dir=tmp_path)
    first.fit(clauses, cache_key=key)
    assert first.cache_state == "miss"
    files = sorted(p.name for p in tmp_path.iterdir())
    assert len(files) == 2 and files[0].endswith(".json") and files[1].endswith(".npy")
    assert files[0].startswith("shenzhen-economic-2019")
    meta = json.loads((tmp_path / files[0]).read_text(encoding="utf-8"))
    assert meta["clause_set"] == key and meta["model"] == str(tiny_model)

    second = EmbeddingScorer(str(tiny_model), cache_dir=tmp_path)
    second.fit(clauses, cache_key=key)
    assert second.cache_state == "hit"
    assert second.describe().cache == "hit"
    assert np.array_equal(first.score(["顾客满意度调查"]), second.score(["顾客满意度调查"]))

    # A changed standard digest, changed profile texts or another model: a new cache entry.
    third = EmbeddingScorer(str(tiny_model), cache_dir=tmp_path)
    third.fit(clauses, cache_key=f"{sz.id}@0000000000000000")
    assert third.cache_state == "miss"
    changed = [*clauses[:-1], ClauseProfileText(clauses[-1].id, clauses[-1].text + "。")]
    third.fit(changed, cache_key=key)
    assert third.cache_state == "miss"
    other = EmbeddingScorer(str(other_model), cache_dir=tmp_path)
    assert other.fingerprint != first.fingerprint
    other.fit(clauses, cache_key=key)
    assert other.cache_state == "miss"
    assert len(list(tmp_path.glob("*.npy"))) == 4

    # A damaged cache entry is recomputed, not trusted.
    npy = next(p for p in tmp_path.glob("*.npy") if p.stem == files[1][:-4])
    npy.write_bytes(b"not numpy")
    again = EmbeddingScorer(str(tiny_model), cache_dir=tmp_path)
    again.fit(clauses, cache_key=key)
    assert again.cache_state == "miss"
    assert np.load(npy).shape == (len(clauses), 32)  # rewritten


def test_cache_dir_from_environment(tiny_model: Path, sz: Standard, tmp_path: Path) -> None:
    scorer = EmbeddingScorer(str(tiny_model))
    assert scorer.cache_dir == tmp_path / "sara-cache" / "embeddings"
    scorer.fit(profiles(sz), cache_key=clause_set_key(sz))
    assert len(list((tmp_path / "sara-cache" / "embeddings").glob("*.npy"))) == 1


def test_fingerprint_is_stable_across_copies(tiny_model: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(tiny_model, copy)
    assert model_fingerprint(copy) == model_fingerprint(tiny_model)


def test_uncached_hub_name_fails_fast_offline() -> None:
    import huggingface_hub.constants as constants

    before = (os.environ.get("HF_HUB_OFFLINE"), constants.HF_HUB_OFFLINE)
    with pytest.raises(EmbeddingUnavailable) as info:
        EmbeddingScorer(NOT_CACHED)
    assert "SARA_EMBEDDING_MODEL" in info.value.message_en
    assert "本地没有该模型" in info.value.message_zh
    assert info.value.message_zh.startswith(f"无法加载语义向量模型“{NOT_CACHED}”")
    assert (os.environ.get("HF_HUB_OFFLINE"), constants.HF_HUB_OFFLINE) == before  # restored


def test_offline_mode_is_on_while_resolving_a_hub_name(monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub
    import huggingface_hub.constants as constants
    from huggingface_hub.errors import LocalEntryNotFoundError

    seen: list[tuple[object, ...]] = []

    def fake_snapshot_download(repo_id: str, **kwargs: object) -> str:
        seen.append(
            (repo_id, kwargs.get("local_files_only"), os.environ.get("HF_HUB_OFFLINE"), constants.HF_HUB_OFFLINE)
        )
        raise LocalEntryNotFoundError("not cached")

    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_snapshot_download)
    with pytest.raises(EmbeddingUnavailable):
        EmbeddingScorer("BAAI/bge-small-zh-v1.5")
    assert seen == [("BAAI/bge-small-zh-v1.5", True, "1", True)]


def test_hf_offline_restores_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "0")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    with hf_offline():
        assert os.environ["HF_HUB_OFFLINE"] == os.environ["TRANSFORMERS_OFFLINE"] == "1"
    assert os.environ["TRANSFORMERS_OFFLINE"] == "0" and "HF_HUB_OFFLINE" not in os.environ


def test_missing_or_broken_local_folder(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingUnavailable, match="no such folder"):
        EmbeddingScorer(str(tmp_path / "nope"))
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text("{", encoding="utf-8")
    with pytest.raises(EmbeddingUnavailable, match="loading failed"):
        EmbeddingScorer(str(broken))


def test_model_from_environment(monkeypatch: pytest.MonkeyPatch, tiny_model: Path) -> None:
    monkeypatch.setenv("SARA_EMBEDDING_MODEL", str(tiny_model))
    assert EmbeddingScorer().model_name == str(tiny_model)


# --------------------------------------------------------------------------- hybrid and make_scorer


def test_minmax_rows() -> None:
    m = np.array([[0.2, 0.4, 0.3], [0.5, 0.5, 0.5]], dtype=np.float32)
    out = minmax_rows(m)
    assert np.allclose(out, [[0.0, 1.0, 0.5], [0.0, 0.0, 0.0]])
    assert minmax_rows(np.zeros((0, 3), dtype=np.float32)).shape == (0, 3)


def test_auto_falls_back_to_lexical_with_the_reason() -> None:
    scorer = make_scorer("auto", NOT_CACHED, allow_download=False)
    assert isinstance(scorer, LexicalScorer)
    info = scorer.describe()
    assert (info.name, info.requested) == ("lexical", "auto")
    assert info.fallback is not None and info.fallback.wanted == "hybrid"
    assert NOT_CACHED in info.fallback.reason_en and "using lexical matching instead" in info.fallback.reason_en
    assert "已改用词汇匹配" in info.fallback.reason_zh


def test_auto_picks_hybrid_with_a_local_model(tiny_model: Path, sz: Standard) -> None:
    scorer = make_scorer("auto", str(tiny_model), allow_download=False)
    assert isinstance(scorer, HybridScorer)
    scorer.fit(profiles(sz), cache_key=clause_set_key(sz))
    texts = [t for _, t in PARAPHRASES]
    sims = scorer.score(texts)
    assert sims.shape == (len(texts), len(scorer.clause_ids))
    assert float(sims.min()) >= 0.0 and float(sims.max()) <= 1.0 + 1e-6
    lex, emb = scorer.score_components(texts)
    w = scorer.weight
    assert np.allclose(sims, w * minmax_rows(emb) + (1 - w) * minmax_rows(lex), atol=1e-6)
    info = scorer.describe()
    assert (info.name, info.requested, info.model, info.dimension) == ("hybrid", "auto", str(tiny_model), 32)
    assert info.fallback is None and info.cache == "miss"


def test_explicit_backends(tiny_model: Path) -> None:
    assert isinstance(make_scorer("lexical", NOT_CACHED, False), LexicalScorer)
    emb = make_scorer("embedding", str(tiny_model), False)
    assert isinstance(emb, EmbeddingScorer) and emb.describe().requested == "embedding"
    with pytest.raises(EmbeddingUnavailable):
        make_scorer("embedding", NOT_CACHED, False)
    with pytest.raises(EmbeddingUnavailable):
        make_scorer("auto", NOT_CACHED, False, config=EmbeddingConfig(fallback="error"))
