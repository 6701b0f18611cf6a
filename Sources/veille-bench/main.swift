import Foundation
import VeilleCore

// Parse throughput of the extraction pipeline, in a release build:
//   swift run -c release veille-bench [MEGABYTES] [DIR] [--cores N]
//   swift run -c release veille-bench growth [MB...]   (time per MB of hostile texts by size)
//   swift run -c release veille-bench corpus COUNT DIR (a synthetic corpus from the samples)
//   swift run -c release veille-bench index cold|warm DIR INDEX (the index's figures on a corpus)
//   swift run -c release veille-bench dashboard DIR INDEX [COUNT] (the real dashboard's first frame, keys, memory)
// Articles are streamed one at a time (read, parsed, dropped), cycling over
// the built-in samples or the .txt files of DIR with a running number
// appended so no two texts are identical. Peak memory is printed after each
// half so that growth with corpus size would show. Then the same articles are
// parsed again by N workers at once (default: every core this process may
// use), each taking the next article, for the all-core throughput;
// `--cores 1` runs the single-core loop alone.

func peakResidentMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// The value of `--cores N`, removed from the arguments so the positional ones keep their places.
func takeCores(_ arguments: inout [String]) -> Int {
    guard let flag = arguments.firstIndex(of: "--cores") else { return ProcessInfo.processInfo.activeProcessorCount }
    guard flag + 1 < arguments.count, let n = Int(arguments[flag + 1]), n >= 1 else {
        FileHandle.standardError.write(Data("veille-bench: --cores needs a number of workers, 1 or more\n".utf8))
        exit(2)
    }
    arguments.removeSubrange(flag...(flag + 1))
    return n
}

func seeds(_ dir: String?, parser: ArticleParser) -> [String] {
    let corpus = dir.map { ArticleLoader.load(paths: [$0], parser: parser) } ?? ArticleLoader.samples(parser: parser)
    for f in corpus.failures { FileHandle.standardError.write(Data("veille-bench: \(f.message)\n".utf8)) }
    return corpus.articles.map(\.text)
}

let loadStart = ContinuousClock.now
let gazetteer: Gazetteer
do {
    gazetteer = try Gazetteer.bundled()
} catch {
    FileHandle.standardError.write(Data("veille-bench: \(error)\n".utf8))
    exit(1)
}
print("gazetteer: \(gazetteer.places.count) places loaded in \(ContinuousClock.now - loadStart)")
let parser = ArticleParser(gazetteer: gazetteer)

var arguments = Array(CommandLine.arguments.dropFirst())
let cores = takeCores(&arguments)
if arguments.first == "corpus" {
    guard arguments.count == 3, let count = Int(arguments[1]), count > 0 else {
        FileHandle.standardError.write(Data("veille-bench: corpus COUNT DIR\n".utf8))
        exit(2)
    }
    let started = ContinuousClock.now
    try SyntheticCorpus(parser: parser).write(count: count, into: URL(fileURLWithPath: arguments[2]))
    print("corpus: \(count) articles in \(arguments[2]) in \(ContinuousClock.now - started)")
    exit(0)
}
if arguments.first == "index" {
    try IndexBench.run(Array(arguments.dropFirst()), parser: parser)
    exit(0)
}
if arguments.first == "dashboard" {
    try DashboardBench.run(Array(arguments.dropFirst()))
    exit(0)
}
if arguments.first == "growth" {
    let sizes = arguments.dropFirst().compactMap(Int.init)
    do {
        try Growth.run(megabytes: sizes.isEmpty ? Growth.defaultSizes : sizes, gazetteer: gazetteer)
    } catch {
        // A size above the parser's per-article limit is refused with its message, not a crash.
        FileHandle.standardError.write(Data("veille-bench: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}
let megabytes = arguments.first.flatMap(Int.init) ?? 200
let texts = seeds(arguments.dropFirst().first, parser: parser)
guard !texts.isEmpty else {
    FileHandle.standardError.write(Data("veille-bench: no seed articles\n".utf8))
    exit(1)
}


let target = megabytes * 1_048_576
var processed = 0
var articles = 0
var items = 0
let clock = ContinuousClock()
let start = clock.now
var reportedHalf = false
while processed < target {
    let text = texts[articles % texts.count] + "\n\nRéf. \(articles)\n"
    let bytes = Array(text.utf8)
    let article = try parser.parse(bytes: bytes, source: "bench-\(articles)")
    items += article.delegations.count + article.regions.count + article.measures.count
    processed += bytes.count
    articles += 1
    if !reportedHalf, processed >= target / 2 {
        reportedHalf = true
        print(String(format: "after %.0f MB: peak RSS %.1f MB", Double(processed) / 1_048_576, peakResidentMB()))
    }
}
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let mb = Double(processed) / 1_048_576
print(String(format: "after %.0f MB: peak RSS %.1f MB", mb, peakResidentMB()))
print(String(format: "%d articles, %.1f MB in %.2f s: %.1f MB/s, %.0f articles/s, %d items found",
             articles, mb, seconds, mb / seconds, Double(articles) / seconds, items))
if cores > 1 {
    do {
        try AllCores.run(texts: texts, target: target, workers: cores, parser: parser)
    } catch {
        FileHandle.standardError.write(Data("veille-bench: \(error)\n".utf8))
        exit(1)
    }
}
