import KruCore

/// Says what happened in a run, in words a 10-year-old understands, naming
/// the step and the block involved.
public enum RunFeedback {
    /// The message, the hint (for anything but `solved`) and the block's place.
    public struct Description: Hashable, Sendable {
        public var message: LocalizedText
        public var hint: LocalizedText?
        public var location: SourceLocation?
    }

    public static func describe(_ run: RunResult, compiled: CompiledProgram, maze: Maze) -> Description {
        describe(run, compiled: compiled, distances: FinishDistances(maze: maze))
    }

    static func describe(_ run: RunResult, compiled: CompiledProgram, distances: FinishDistances) -> Description {
        let info = run.block.map { compiled.blocks[$0] }
        let location = info?.location
        switch run.outcome {
        case .solved:
            return Description(message: LocalizedText.sentences(
                en: "The robot reached the finish at step \(run.steps), on \(english: info).",
                km: "រ៉ូបូតបានទៅដល់ទីបញ្ចប់នៅជំហានទី \(run.steps) នៅ\(khmer: info)។"),
                hint: nil, location: location)
        case .crash:
            return Description(message: LocalizedText.sentences(
                en: "The robot hit a wall at step \(run.steps), on \(english: info).",
                km: "រ៉ូបូតបុកជញ្ជាំងនៅជំហានទី \(run.steps) នៅ\(khmer: info)។"),
                hint: LocalizedText.sentences(
                    en: "Just before \(english: info) the robot faces a wall. Turn first, or look with an 'if path' block before moving.",
                    km: "មុន\(khmer: info) រ៉ូបូតបែរមុខទៅរកជញ្ជាំង។ សូមបត់ជាមុនសិន ឬមើលដោយប្លុក 'បើមានផ្លូវ' មុនពេលទៅមុខ។"),
                location: location)
        case .timeout:
            let loop = endlessLoop(run, compiled: compiled)
            if loop == nil, !run.trace.isEmpty {
                // No loop went round: a very long straight list of blocks used up the budget.
                return Description(message: LocalizedText.sentences(
                    en: "The program was stopped after \(run.steps) steps, on \(english: info): that is the most a program may take, and the robot had not reached the finish.",
                    km: "កម្មវិធីត្រូវបានបញ្ឈប់ក្រោយ \(run.steps) ជំហាន នៅ\(khmer: info): នោះជាចំនួនច្រើនបំផុតដែលកម្មវិធីអាចប្រើបាន ហើយរ៉ូបូតមិនទាន់ដល់ទីបញ្ចប់ទេ។"),
                    hint: LocalizedText(
                        en: "Put blocks that repeat inside a loop instead of writing them again and again.",
                        km: "សូមដាក់ប្លុកដែលដដែលៗនៅក្នុងរង្វិលជុំ ជំនួសឱ្យការសរសេរវាម្ដងហើយម្ដងទៀត។"),
                    location: location)
            }
            let culprit = (loop ?? info).map(\.reference) ?? LocalizedText(en: "the start", km: "ចំណុចចាប់ផ្ដើម")
            let message = LocalizedText.sentences(
                en: "The program never ends: after \(run.steps) steps the robot still had not reached the finish. \(capitalized(culprit.en)) goes round and round: this is an endless loop.",
                km: "កម្មវិធីមិនចេះចប់ទេ: ក្រោយ \(run.steps) ជំហាន រ៉ូបូតនៅតែមិនទាន់ដល់ទីបញ្ចប់។ \(culprit.km) វិលជុំម្ដងហើយម្ដងទៀត: នេះជារង្វិលជុំគ្មានទីបញ្ចប់។")
            let hint: LocalizedText
            switch movement(run) {
            case .standsStill:
                hint = LocalizedText.sentences(
                    en: "Inside \(culprit.en) the robot never moves: it only turns or looks. Each time round, it must step closer to the finish: check that a 'move forward' block runs in every round.",
                    km: "នៅក្នុង\(culprit.km) រ៉ូបូតមិនដើរសោះ: វាគ្រាន់តែបត់ ឬមើល។ រាល់ជុំ វាត្រូវតែដើរខិតទៅជិតទីបញ្ចប់: សូមពិនិត្យថាប្លុក 'ទៅមុខ' ដំណើរការនៅគ្រប់ជុំ។")
            case .walksInCircles:
                hint = LocalizedText.sentences(
                    en: "The robot walks round and round the same squares with \(culprit.en). Look at the picture of its path: where should it turn the other way?",
                    km: "រ៉ូបូតដើរវិលជុំលើក្រឡាដដែលៗជាមួយ\(culprit.km)។ សូមមើលរូបភាពផ្លូវរបស់វា: តើវាគួរបត់ទៅខាងផ្សេងនៅកន្លែងណា?")
            case .unknown:
                hint = LocalizedText(
                    en: "Each time round the loop the robot must get closer to the finish. A loop that only turns, or a robot going round in circles, never arrives.",
                    km: "រាល់ជុំនៃរង្វិលជុំ រ៉ូបូតត្រូវតែខិតទៅជិតទីបញ្ចប់។ រង្វិលជុំដែលគ្រាន់តែបត់ ឬរ៉ូបូតដែលដើរវិលជុំ មិនដែលទៅដល់ទេ។")
            }
            return Description(message: message, hint: hint, location: loop?.location ?? location)
        case .stopped:
            let distance = distances.distance(from: run.position)
            let away = distance.map { LocalizedText.sentences(en: ", \(englishCount($0, "square")) away from it", km: " នៅសល់ \($0) ក្រឡាទៀត") }
                ?? LocalizedText(en: "", km: "")
            let after = info == nil
                ? LocalizedText(en: "Add blocks", km: "សូមបន្ថែមប្លុក")
                : LocalizedText.sentences(en: "Add blocks after \(english: info)", km: "សូមបន្ថែមប្លុកបន្ទាប់ពី\(khmer: info)")
            return Description(message: LocalizedText.sentences(
                en: "The program ended after \(englishCount(run.steps, "step")), but the robot stopped before the finish\(away.en).",
                km: "កម្មវិធីបានបញ្ចប់ក្រោយ \(run.steps) ជំហាន ប៉ុន្តែរ៉ូបូតឈប់មុនពេលដល់ទីបញ្ចប់\(away.km)។"),
                hint: LocalizedText.sentences(
                    en: "\(after.en) so the robot keeps going, or put your blocks inside a loop.",
                    km: "\(after.km) ដើម្បីឱ្យរ៉ូបូតបន្តដំណើរ ឬដាក់ប្លុករបស់អ្នកនៅក្នុងរង្វិលជុំ។"),
                location: location)
        case .notRun:
            return Description(message: LocalizedText(
                en: "The program was not run.", km: "កម្មវិធីមិនត្រូវបានដំណើរការទេ។"), hint: nil, location: nil)
        }
    }
}

extension RunFeedback {
    /// How the robot moved at the end of an endless loop (`unknown` without a trace).
    enum Movement { case standsStill, walksInCircles, unknown }

    /// Whether the robot stood on one square through the last stretch of the run.
    static func movement(_ run: RunResult) -> Movement {
        guard !run.trace.isEmpty else { return .unknown }
        let tail = run.trace.suffix(500)
        return tail.allSatisfy({ $0.position == tail.first?.position }) ? .standsStill : .walksInCircles
    }

    /// The loop block that made the last round of an endless loop.
    static func endlessLoop(_ run: RunResult, compiled: CompiledProgram) -> BlockInfo? {
        guard let step = run.trace.last(where: { $0.action == .loopRound }) else { return nil }
        return compiled.blocks[step.block]
    }

    /// "the 2nd …" → "The 2nd …".
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

extension Maze {
    /// The number of moves on the shortest path between two squares, or `nil`
    /// when walls separate them.
    public func distance(from origin: Position, to target: Position) -> Int? {
        var seen: Set<Position> = [origin]
        var frontier = [origin]
        var distance = 0
        while !frontier.isEmpty {
            if frontier.contains(target) { return distance }
            var next: [Position] = []
            for position in frontier {
                for direction in Direction.allCases {
                    let neighbour = position.moved(direction)
                    if isOpen(neighbour), seen.insert(neighbour).inserted { next.append(neighbour) }
                }
            }
            frontier = next
            distance += 1
        }
        return nil
    }
}

/// "1 step", "2 steps": English counts with the right plural (Khmer nouns do not change).
private func englishCount(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
}
