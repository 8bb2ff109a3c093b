"""What makes pchgraph fast at scale gives the same answers as the plain way it replaced: the graph
file written as a stream, the cached graph (a pickle of plain data, nothing in it can run), a
``--graph`` file opened from the cache, and the name matching (blocked by place word, scored a
whole CCG at a time) on a synthetic corpus. Timings are in bench/, never here."""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import random
import sys
from pathlib import Path

import networkx as nx
import pytest

from pchgraph.errors import DataError
from pchgraph.graph import (
    CACHE_MAGIC,
    GRAPH_FORMAT,
    build_graph,
    cache_entry,
    graph_bytes,
    graph_file_cache_path,
    graph_from_cache_entry,
    graph_from_checked,
    graph_from_json,
    graph_to_json,
    load_graph,
    read_graph,
    write_graph,
)
from pchgraph.readers import read_sources
from pchgraph.readers.mentions import PRACTICE
from pchgraph.resolve import codes
from pchgraph.resolve.codes import (
    PRACTICE_MATCH,
    SERVICE_WORDS,
    ccg_index,
    exact_code,
    indexed_places,
    places,
    practice_candidates,
    practice_codes,
    practice_core,
    practice_record,
    practices_by_ccg,
    same_places,
    trust_index,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import synthetic


def old_graph_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The graph file as pchgraph wrote it before it was streamed: one json.dumps of it all."""
    return json.dumps(graph_to_json(graph), ensure_ascii=False, indent=1).encode("utf-8")


@pytest.fixture(scope="module")
def synthetic_graph(tmp_path_factory) -> nx.MultiDiGraph:
    folder = tmp_path_factory.mktemp("synthetic")
    synthetic.write_corpus(folder, 2, seed=17)
    return build_graph(read_sources(folder))


def odd_graph() -> nx.MultiDiGraph:
    """Values a graph file can hold that the streamed writer lays out by hand, and some it hands
    to the encoder: escapes, accents, empty and nested containers, floats, non-text keys."""
    graph = nx.MultiDiGraph(pchgraph_format=GRAPH_FORMAT, files=[], odd=[1.5, float("inf"), {"a": (1, 2)}, {}, [], {3: "k"}])
    graph.add_node('é\n"x\\', kind="site", name="\u2028 \x00", numbers=[], sections={}, nested={"a": [{"b": None, "c": True}]}, f=-0.0)
    graph.add_node("org:a", kind="trust", name="A", aliases=["A", "a"], mentions=2)
    graph.add_edge("org:a", 'é\n"x\\', kind="partner_of", mention="A “quoted”", line=3, note=None)
    graph.add_edge("org:a", 'é\n"x\\', kind="partner_of", mention="again", line=4, note="", weight=2.0)
    graph.add_edge("org:a", "org:a", key="own", kind="succeeded_by")
    return graph


# --- the graph file, written as a stream ---


def test_the_streamed_graph_file_is_the_old_writers_byte_for_byte(graph, synthetic_graph, tmp_path):
    for number, each in enumerate((graph, synthetic_graph, odd_graph(), nx.MultiDiGraph(pchgraph_format=GRAPH_FORMAT))):
        expected = old_graph_bytes(each)
        assert graph_bytes(each) == expected
        path = write_graph(each, tmp_path / f"g{number}.json")
        assert path.read_bytes() == expected


def test_reading_takes_over_the_parsed_objects_and_gives_networkxs_graph(graph, synthetic_graph):
    for each in (graph, synthetic_graph, odd_graph()):
        data = json.loads(old_graph_bytes(each))
        expected = graph_from_json(json.loads(old_graph_bytes(each)))
        got = graph_from_checked(data)
        assert data["nodes"] == [] and data["edges"] == []
        assert list(got.nodes(data=True)) == list(expected.nodes(data=True))
        assert list(got.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
        assert got.graph == expected.graph
        assert graph_bytes(got) == old_graph_bytes(expected)


def test_a_graph_file_without_edge_keys_gets_networkxs_keys():
    data = {
        "graph": {"pchgraph_format": GRAPH_FORMAT},
        "nodes": [{"kind": "trust", "name": "A", "id": "a"}, {"kind": "site", "name": "S", "id": "s"}],
        "edges": [{"kind": "partner_of", "source": "a", "target": "s"}] * 2
        + [{"kind": "partner_of", "source": "a", "target": "s", "key": 0}],
    }
    expected = graph_from_json(json.loads(json.dumps(data)))
    got = graph_from_checked(json.loads(json.dumps(data)))
    assert (
        list(got.edges(keys=True, data=True))
        == list(expected.edges(keys=True, data=True))
        == [
            ("a", "s", 0, {"kind": "partner_of"}),
            ("a", "s", 1, {"kind": "partner_of"}),
        ]
    )


# --- the cached graph ---


def test_the_cached_graph_is_the_graph_files(graph, synthetic_graph, tmp_path):
    for number, each in enumerate((graph, synthetic_graph, odd_graph())):
        path = write_graph(each, tmp_path / f"g{number}.json")
        from_file = read_graph(path)
        from_cache = graph_from_cache_entry(cache_entry(from_file), "entry")
        assert graph_bytes(from_cache) == graph_bytes(from_file) == path.read_bytes()
        assert list(from_cache.edges(keys=True, data=True)) == list(from_file.edges(keys=True, data=True))
        # a built graph's entry holds what its file holds
        assert graph_bytes(graph_from_cache_entry(cache_entry(each), "entry")) == path.read_bytes()


def test_the_cached_graph_shares_each_edges_data_between_its_two_ends(graph):
    again = graph_from_cache_entry(cache_entry(graph), "entry")
    u, v, key = next(iter(again.edges(keys=True)))
    again[u][v][key]["line"] = -1
    assert again.pred[v][u][key]["line"] == -1
    again.add_edge(u, v, kind="partner_of")
    assert again.number_of_edges() == graph.number_of_edges() + 1


class Planted:
    def __reduce__(self):
        return (Path.write_text, (Path(os.environ["PLANTED_MARKER"]), "code ran"))


def entry_of(state) -> bytes:
    body = pickle.dumps(state, protocol=5)
    return CACHE_MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def test_an_entry_whose_hash_matches_still_runs_nothing(tmp_path, monkeypatch):
    marker = tmp_path / "marker"
    monkeypatch.setenv("PLANTED_MARKER", str(marker))
    good = cache_entry(odd_graph())
    state = pickle.loads(good.partition(b"\n")[2])
    for planted, expected in (
        (Planted(), "refused: pathlib"),
        ((*state[:2], {"x": Planted()}, *state[3:]), "refused: pathlib"),
        (("something else", GRAPH_FORMAT, {}, {}, {}, {}), "not a graph's state"),
        ((*state[:1], GRAPH_FORMAT + 1, *state[2:]), "format version"),
        ((*state[:3], {**state[3], "extra": {"kind": "site", "name": "X"}}, *state[4:]), "nodes and adjacency differ"),
        ((*state[:3], {**state[3], "org:a": {"kind": "hospital", "name": "A"}}, *state[4:]), "lacks a known kind"),
    ):
        with pytest.raises(DataError) as error:
            graph_from_cache_entry(entry_of(planted), "entry")
        assert expected in str(error.value)
    assert not marker.exists()
    for damaged in (good[:-1], good.replace(b"again", b"agaiN"), b"", good[len(CACHE_MAGIC) :]):
        with pytest.raises(DataError):
            graph_from_cache_entry(damaged, "entry")


# --- a --graph file, opened from the cache the second time ---


def test_a_graph_file_is_read_as_json_once_then_from_the_cache(graph, tmp_path, monkeypatch):
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    path = write_graph(graph, tmp_path / "g.json")
    first = load_graph(graph_file=path)
    entry = graph_file_cache_path(path, tmp_path / "cache")
    assert entry.is_file() and entry.read_bytes() == cache_entry(first)
    second = load_graph(graph_file=path)
    assert graph_bytes(second) == graph_bytes(first) == path.read_bytes()
    # the file written again (here in place, same size): its new graph, never the cached one
    changed = path.read_bytes().replace(b'"Devon County Council"', b'"Devon County C0uncil"')
    assert len(changed) == path.stat().st_size and changed != path.read_bytes()
    path.write_bytes(changed)
    assert graph_file_cache_path(path, tmp_path / "cache") != entry
    assert graph_bytes(load_graph(graph_file=path)) == changed


def test_a_bad_graph_file_is_refused_and_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("PCHGRAPH_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "bad.json"
    path.write_text('{"nodes": [], "edges": []}')
    for _ in range(2):
        with pytest.raises(DataError, match="format version missing"):
            load_graph(graph_file=path)
    assert not list((tmp_path / "cache").glob("graph-*"))


# --- name matching: the same answers as scoring every candidate ---


def reference_practice_code(name: str, tiers) -> codes.Code | None:
    """`practice_code` as it was: every practice of the CCGs scored (`practice_candidates`)."""
    wanted = practice_core(name)
    if not wanted:
        return None
    if not tiers or not any(tiers):
        exact = [r for found in practices_by_ccg().values() for r in found if practice_core(r["practice_name"]) == wanted]
        return practice_record(exact[0]) if len(exact) == 1 else None
    for ccg_names in tiers:
        scored = practice_candidates(name, ccg_names)
        if not scored or scored[0][0] < PRACTICE_MATCH:
            continue
        top = scored[0]
        rivals = [s for s in scored[1:] if s[2] != top[2]]
        if rivals and (rivals[0][0] > top[0] - 6 and not (rivals[0][0] == top[0] and rivals[0][1] <= top[1] - 10)):
            return None
        return practice_record(top[3])
    return None


def test_practice_matching_gives_the_same_codes_as_scoring_every_practice(tmp_path):
    folder = tmp_path / "synthetic"
    synthetic.write_corpus(folder, 1, seed=5)
    names = sorted({m.name for m in read_sources(folder).mentions if m.kind == PRACTICE})
    ccgs = sorted(practices_by_ccg())
    rng = random.Random(5)
    registered = [r["practice_name"] for records in practices_by_ccg().values() for r in records]
    # the corpus's names, real names (which match), and real names with a letter dropped
    names += rng.sample(registered, 150)
    names += [n[:i] + n[i + 1 :] for n in rng.sample(registered, 100) for i in [rng.randrange(len(n))]]
    own_ccg = {r["practice_name"]: name for name, records in practices_by_ccg().items() for r in records}
    requests = []
    for name in names:
        near = [own_ccg[name]] if name in own_ccg and rng.random() < 0.7 else []
        requests.append((name, (tuple(near + rng.sample(ccgs, rng.randrange(0, 3))), tuple(rng.sample(ccgs, rng.randrange(1, 6))))))
    requests += [(name, ((), ())) for name in names[:60]] + [(name, None) for name in names[60:80]]
    # within one CCG: registered names, cut short, with a letter dropped, and bare "<word> Surgery",
    # where close rivals stop a match
    for ccg in rng.sample(ccgs, 40):
        for name in rng.sample([r["practice_name"] for r in practices_by_ccg()[ccg]], min(8, len(practices_by_ccg()[ccg]))):
            words, cut = name.split(), rng.randrange(len(name))
            requests += [(name, ((ccg,), ())), (name[:cut] + name[cut + 1 :], ((ccg,), ()))]
            if len(words) > 1:
                requests += [(" ".join(words[:-1]), ((ccg,), ())), (f"{words[0]} Surgery", ((), (ccg,)))]
    got = practice_codes(requests)
    expected = [reference_practice_code(name, tiers) for name, tiers in requests]
    assert got == expected
    assert sum(code is not None for code in got) >= 500  # the comparison covers real matches
    assert sum(code is None for code in got) >= 200  # and names left uncoded


def reference_best_by_places(name_core: str, index, scheme: str, threshold: int) -> codes.Code | None:
    """`best_by_places` as it was: every entry of the index compared."""
    exact = exact_code(name_core, index, scheme)
    if exact:
        return exact
    wanted = places(name_core)
    if not wanted:
        return None
    close = {}
    own_words = set(name_core.split())
    for c, code, name, its_places, its_words in indexed_places(index):
        if same_places(its_places, wanted) and own_words - its_words - wanted <= SERVICE_WORDS:
            score = codes.fuzz.token_set_ratio(name_core, c)
            if score >= threshold and score > close.get(code, (0, ""))[0]:
                close[code] = (score, name)
    if len(close) == 1:
        code, (_, name) = next(iter(close.items()))
        return codes.Code(scheme, code, name)
    return None


def test_matching_blocked_by_place_words_gives_the_same_codes_as_comparing_every_entry():
    rng = random.Random(11)
    for index, threshold in ((trust_index(), 80), (ccg_index(), 90)):
        cores = [c for c, _, _ in index]
        probes = rng.sample(cores, 150)
        # typos in long place words, words dropped and added, and service words
        for c in rng.sample(cores, 200):
            words = c.split()
            i = rng.randrange(len(words))
            if len(words[i]) >= 6:
                j = rng.randrange(len(words[i]))
                words[i] = words[i][:j] + words[i][j + 1 :]
            probes.append(" ".join(words))
            probes.append(" ".join(words[:-1] + ["services"] + words[-1:]))
        probes += ["kent community", "sussex", "essex partnership", "north east london", "durham dales easington sedgfield"]
        for probe in probes:
            assert codes.best_by_places(probe, index, "ods", threshold) == reference_best_by_places(probe, index, "ods", threshold), probe


def test_a_typo_in_a_long_place_word_is_still_found():
    assert codes.ccg_code("Durham Dales, Easington and Sedgfield Clinical Commissioning Group").code == "00D"
    blocks = codes.place_blocks(ccg_index())
    assert blocks.twins_of("sedgfield")[0] == "sedgfield" and "sedgefield" in blocks.twins_of("sedgfield")
    assert "sussex" not in blocks.twins_of("essex")  # too short to be taken for a typo


def test_the_cache_entry_is_written_as_a_stream(graph):
    """The entry's hash is written in place after the pickle, which goes straight to the file."""

    class Recording(io.BytesIO):
        writes: list[int] = []

        def write(self, data):
            self.writes.append(len(data))
            return super().write(data)

    from pchgraph.graph import write_cache_entry

    handle = Recording()
    write_cache_entry(graph, handle)
    assert handle.getvalue() == cache_entry(graph)
    assert len(handle.writes) > 3
