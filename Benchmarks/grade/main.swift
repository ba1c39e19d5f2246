// kru-bench-grade: grades a generated cohort of web pages and one of block
// programs with `kru grade`'s machinery, and compares the grading throughput
// with bare libxml2 parsing of the same files on the same cores.
//
//   swift run -c release kru-bench-grade [--count 10000] [--jobs N] [--pack DIR] [--corpus web|puzzle] [--keep]
//                                        [--profile ROUNDS] [--profile-parse ROUNDS]
//
// Prints, for each corpus: the whole run's wall time (discovery, grading,
// history database, every report written), its throughput, the peak RSS of
// the process so far (getrusage ru_maxrss), the throughput of grading alone
// (files in memory, no database or reports), the throughput of bare libxml2
// parsing (htmlReadMemory / xmlReadMemory + xmlFreeDoc) of the same files on
// the same number of threads (best of three interleaved rounds, by wall and by
// CPU time), and the ratio grading / parsing.
// `--profile ROUNDS` grades the in-memory files ROUNDS times and does nothing
// else, so that `perf record` sees grading alone.
// `--profile-parse ROUNDS` (web corpus) only decodes and parses the in-memory
// pages ROUNDS times with HTMLParser.parse(data:file:) (kru's decode, libxml2,
// tree construction, freeing the document), then does the same with bare
// htmlReadMemory + xmlFreeDoc, and prints both and their ratio.
import CLibXML2
import Dispatch
import Foundation
import KruBenchSupport
import KruBatch
import KruCore
import KruHTML
import KruPack

struct Arguments {
    var count = 10_000
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var pack = FileManager.default.currentDirectoryPath
    var keep = false
    /// Grade the in-memory files this many times and nothing else (for a profiler).
    var profileRounds = 0
    /// Decode and parse the in-memory pages this many times, and bare libxml2 as many (for a profiler).
    var parseRounds = 0
    /// `web`, `puzzle` or both (nil).
    var corpus: String?

    init() {
        var iterator = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--count": count = Int(iterator.next() ?? "") ?? count
            case "--jobs": jobs = Int(iterator.next() ?? "") ?? jobs
            case "--pack": pack = iterator.next() ?? pack
            case "--keep": keep = true
            case "--corpus": corpus = iterator.next()
            case "--profile": profileRounds = Int(iterator.next() ?? "") ?? 1
            case "--profile-parse": parseRounds = Int(iterator.next() ?? "") ?? 1
            default:
                FileHandle.standardError.write(Data("usage: kru-bench-grade [--count N] [--jobs N] [--pack DIR] [--corpus web|puzzle] [--keep] [--profile ROUNDS] [--profile-parse ROUNDS]\n".utf8))
                exit(2)
            }
        }
    }
}

func write(_ url: URL, _ text: String) {
    try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try! Data(text.utf8).write(to: url)
}

/// CPU seconds of the process so far, in user space and in the kernel.
func userAndSystemSeconds() -> (user: Double, system: Double) {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return (Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
            Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
}

/// Runs `body(index)` for 0..<count on `jobs` threads.
/// Pages as beginners write them: right ones, and the usual mistakes.
func webPage(_ index: Int) -> String {
    let name = ["សុខ ចាន់ធា", "Dara", "ស្រីនាង", "Vanna", "ចន្ទា", "Lina"][index % 6]
    let doctype = index % 7 == 0 ? "" : "<!DOCTYPE html>\n"
    let lang = index % 5 == 0 ? "" : " lang=\"km\""
    let title = index % 11 == 0 ? "<titel>\(name)</titel>" : "<title>ទំព័ររបស់ \(name)</title>"
    let headings = index % 9 == 0 ? "<h1>សួស្តី</h1>\n<h1>\(name)</h1>" : "<h1>សួស្តី! ខ្ញុំឈ្មោះ \(name)</h1>"
    let paragraph = index % 13 == 0 ? "<p>សួស្តី</p>" : "<p>ខ្ញុំរស់នៅភ្នំពេញ ហើយខ្ញុំចូលចិត្តរៀនសរសេរកូដ។ I am student number \(index).</p>"
    let list = index % 3 == 0 ? "\n<ul>\n<li>អាម៉ុក\n<li>នំបញ្ចុក</li>\n</ul>" : ""
    return "\(doctype)<html\(lang)>\n<head>\n<meta charset=\"utf-8\">\n\(title)\n</head>\n<body>\n\(headings)\n\(paragraph)\(list)\n</body>\n</html>\n"
}

/// Programs for a corridor of five steps: right ones, and ones that stop short or hit the wall.
func program(_ index: Int) -> String {
    let times = [5, 5, 5, 4, 6, 5, 3][index % 7]
    if index % 4 == 0 {
        // A chain of moves: each block holds the next one in <next>.
        var chain = ""
        for step in (0..<times).reversed() {
            let next = chain.isEmpty ? "" : "<next>\(chain)</next>"
            chain = "<block type=\"maze_moveForward\" id=\"m\(index)-\(step)\">\(next)</block>"
        }
        return "<xml xmlns=\"https://developers.google.com/blockly/xml\">\(chain)</xml>"
    }
    return """
        <xml xmlns="https://developers.google.com/blockly/xml"><block type="controls_repeat" id="r\(index)" x="20" y="20">\
        <field name="TIMES">\(times)</field><statement name="DO"><block type="maze_moveForward" id="m"></block></statement></block></xml>
        """
}

let arguments = Arguments()
let root = FileManager.default.temporaryDirectory.appendingPathComponent("kru-bench-\(UUID().uuidString)")
defer { if !arguments.keep { try? FileManager.default.removeItem(at: root) } }

// A pack with the bundled web/01-first-page and a corridor puzzle.
let source = URL(fileURLWithPath: arguments.pack)
let packRoot = root.appendingPathComponent("pack")
for folder in ["exercises", "graders"] {
    let from = source.appendingPathComponent("\(folder)/web/01-first-page")
    let to = packRoot.appendingPathComponent("\(folder)/web/01-first-page")
    try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
    do { try FileManager.default.copyItem(at: from, to: to) } catch {
        print("cannot copy \(from.path): run from the repository root or pass --pack DIR")
        exit(2)
    }
}
write(packRoot.appendingPathComponent("exercises/maze/bench-corridor/exercise.yaml"), """
    kind: maze
    title: {en: "Corridor", km: "ច្រកផ្លូវ"}
    instructions: {en: "Reach the flag.", km: "ទៅដល់ទង់។"}
    map: |
      ########
      #>....F#
      ########
    """)
write(packRoot.appendingPathComponent("graders/maze/bench-corridor/puzzle.yaml"), "ideal: 2\n")
let pack = try Pack.load(root: packRoot)

print("kru-bench-grade: \(arguments.count) submissions per corpus, \(arguments.jobs) jobs, \(ProcessInfo.processInfo.activeProcessorCount) cores")

struct Corpus {
    var name: String
    var exercise: String
    var fileName: String
    var make: (Int) -> String
    var isHTML: Bool
}

let corpora = [
    Corpus(name: "web pages", exercise: "web/01-first-page", fileName: "01-first-page.html", make: webPage, isHTML: true),
    Corpus(name: "puzzle programs", exercise: "maze/bench-corridor", fileName: "bench-corridor.xml", make: program, isHTML: false),
]

for corpus in corpora where arguments.corpus == nil || arguments.corpus == (corpus.isHTML ? "web" : "puzzle") {
    if arguments.parseRounds > 0 {
        guard corpus.isHTML else { continue }
        let files: [Data] = (0..<arguments.count).map { Data(corpus.make($0).utf8) }
        let kruTime = seconds {
            for _ in 0..<arguments.parseRounds {
                parallel(files.count, jobs: arguments.jobs) { index in _ = try? HTMLParser.parse(data: files[index], file: "index.html") }
            }
        }
        let bareTime = seconds {
            for _ in 0..<arguments.parseRounds {
                parallel(files.count, jobs: arguments.jobs) { index in
                    files[index].withUnsafeBytes { raw in
                        let base = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                        if let doc = htmlReadMemory(base, Int32(raw.count), "index.html", "UTF-8", kru_html_parse_options()) { xmlFreeDoc(doc) }
                    }
                }
            }
        }
        let pages = Double(arguments.count * arguments.parseRounds)
        print("""
            kru decode + parse: \(Int(pages / kruTime)) pages/s (\(String(format: "%.1f", kruTime / pages * 1e6)) µs a page)
            bare htmlReadMemory + xmlFreeDoc: \(Int(pages / bareTime)) pages/s (\(String(format: "%.1f", bareTime / pages * 1e6)) µs a page)
            ratio kru / bare: \(String(format: "%.2f", bareTime / kruTime))
            """)
        continue
    }
    if arguments.profileRounds > 0 {
        let exercise = try pack.exercise(corpus.exercise)
        let grading = Grading.pack(pack)
        let submissions = (0..<arguments.count).map { index in
            SubmissionFiles(origin: "bench", files: [corpus.isHTML ? "index.html" : corpus.fileName: Data(corpus.make(index).utf8)])
        }
        let time = seconds {
            for _ in 0..<arguments.profileRounds {
                parallel(submissions.count, jobs: arguments.jobs) { index in _ = grading.grade(exercise, submissions[index]) }
            }
        }
        print("\(corpus.name): \(Int(Double(arguments.count * arguments.profileRounds) / time)) submissions/s")
        continue
    }
    let cohort = root.appendingPathComponent("cohort-\(corpus.isHTML ? "web" : "maze")")
    let kindFolder = String(corpus.exercise.split(separator: "/").first!)
    for index in 0..<arguments.count {
        write(cohort.appendingPathComponent("student\(index)/\(kindFolder)/\(corpus.fileName)"), corpus.make(index))
    }
    let exercise = try pack.exercise(corpus.exercise)
    let grading = Grading.pack(pack)
    let options = GradeJobOptions(
        cohort: cohort, out: root.appendingPathComponent("out-\(kindFolder)"), jobs: arguments.jobs, language: .english)
    // The steps of GradeJob.run, timed one by one.
    var discovered: Cohort?
    var run: BatchRun!
    let cpuBefore = cpuSeconds()
    var cpuMarks: [Double] = []
    var userSystemMarks = [userAndSystemSeconds()]
    let discoverTime = try seconds {
        discovered = try CohortDiscovery.discover(cohort, pack: pack, exercise: nil, roster: nil, language: .english)
    }
    let store = try HistoryStore(path: options.databaseURL.path)
    cpuMarks.append(cpuSeconds())
    userSystemMarks.append(userAndSystemSeconds())
    let gradeRunTime = try seconds { run = try BatchRunner(store: store, grading: grading, jobs: arguments.jobs).run(discovered!, pack: packRoot.path) }
    cpuMarks.append(cpuSeconds())
    userSystemMarks.append(userAndSystemSeconds())
    let outputTime = try seconds {
        try BatchOutputs.write(
            run: run, cohort: discovered!, store: store,
            options: OutputOptions(directory: options.out, mentorLanguage: .english))
    }
    userSystemMarks.append(userAndSystemSeconds())
    // User CPU is kru's own work; system CPU is mostly the file system creating files, which varies with
    // how many files were deleted on the disk lately (ext4 without a journal skips recently freed inodes).
    let phaseCPU = (1..<userSystemMarks.count).map { index in
        String(format: "%.2f user + %.2f system",
               userSystemMarks[index].user - userSystemMarks[index - 1].user,
               userSystemMarks[index].system - userSystemMarks[index - 1].system)
    }
    let wall = discoverTime + gradeRunTime + outputTime
    let cpu = cpuSeconds() - cpuBefore
    let rss = peakRSSMegabytes()

    // Grading alone and bare parsing, on the same files held in memory.
    let files: [Data] = (0..<arguments.count).map { Data(corpus.make($0).utf8) }
    let submissions = files.map { data in
        SubmissionFiles(origin: "bench", files: [corpus.isHTML ? "index.html" : corpus.fileName: data])
    }
    let isHTML = corpus.isHTML
    // One submission graded, one file parsed bare: named functions, so that scripts/bench-instructions
    // finds each under callgrind.
    @Sendable @inline(never) func scoreSubmission(_ index: Int) {
        _ = grading.grade(exercise, submissions[index])
    }
    @Sendable @inline(never) func parseWithLibxml(_ index: Int) {
        files[index].withUnsafeBytes { raw in
            let base = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
            if isHTML {
                if let doc = htmlReadMemory(base, Int32(raw.count), "index.html", "UTF-8", kru_html_parse_options()) { xmlFreeDoc(doc) }
            } else {
                if let doc = xmlReadMemory(base, Int32(raw.count), "program.xml", nil, kru_xml_safe_parse_options()) { xmlFreeDoc(doc) }
            }
        }
    }
    func gradeAll() { parallel(submissions.count, jobs: arguments.jobs, scoreSubmission) }
    func parseAll() { parallel(files.count, jobs: arguments.jobs, parseWithLibxml) }
    // Three interleaved rounds of each, keeping the best, so that a burst of other work on the
    // machine spoils neither side alone; CPU seconds are steadier than wall time when it is busy.
    var gradeTime = Double.infinity, gradeCPU = Double.infinity, parseTime = Double.infinity, parseCPU = Double.infinity
    for _ in 0..<3 {
        var before = cpuSeconds()
        gradeTime = min(gradeTime, seconds(gradeAll))
        gradeCPU = min(gradeCPU, cpuSeconds() - before)
        before = cpuSeconds()
        parseTime = min(parseTime, seconds(parseAll))
        parseCPU = min(parseCPU, cpuSeconds() - before)
    }
    let count = Double(arguments.count)
    let runThroughput = count / wall
    let gradeThroughput = count / gradeTime
    let parseThroughput = count / parseTime
    print("""

        \(corpus.name) (\(corpus.exercise)): \(run.graded) graded, \(run.reused) reused from an earlier run, \(run.errors) errors
          whole run (discover, grade, history db, all reports): \(String(format: "%.2f", wall)) s wall, \(String(format: "%.2f", cpu)) s CPU, \(Int(runThroughput)) submissions/s
            discovery \(String(format: "%.2f", discoverTime)) s, grading with history \(String(format: "%.2f", gradeRunTime)) s (\(String(format: "%.2f", cpuMarks[1] - cpuMarks[0])) s CPU), reports \(String(format: "%.2f", outputTime)) s (\(String(format: "%.2f", cpu - (cpuMarks[1] - cpuBefore))) s CPU)
            CPU s: discovery and database \(phaseCPU[0]), grading with history \(phaseCPU[1]), reports \(phaseCPU[2])
          peak RSS so far: \(String(format: "%.0f", rss)) MB
          grading alone (best of 3): \(Int(gradeThroughput)) submissions/s, \(Int(count / gradeCPU)) per CPU second
          bare libxml2 \(isHTML ? "htmlReadMemory" : "xmlReadMemory") (best of 3): \(Int(parseThroughput)) files/s, \(Int(count / parseCPU)) per CPU second
          ratio grading / parsing: \(String(format: "%.2f", gradeThroughput / parseThroughput)) by wall time, \(String(format: "%.2f", parseCPU / gradeCPU)) by CPU time (whole run / parsing: \(String(format: "%.2f", runThroughput / parseThroughput)))
        """)
}
