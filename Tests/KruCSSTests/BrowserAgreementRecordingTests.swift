import Foundation
import KruCore
import KruHTML
import Testing

/// The recorded Chromium values are complete and name elements kru finds.
@Suite struct BrowserAgreementRecordingTests {
    @Test func corpusHasAtLeast150RecordedPages() throws {
        let recordings = try BrowserCorpus.recordings()
        #expect(recordings.count >= 150)
        #expect(Set(recordings.map(\.page)).count == recordings.count)
    }

    @Test func everyRecordingHasEveryProperty() throws {
        let all = try BrowserCorpus.recordings(otherScreens: true)
        #expect(all.count > (try BrowserCorpus.recordings()).count)
        for recording in try BrowserCorpus.recordings() {
            #expect(recording.viewport.width == 1024 && recording.viewport.height == 768, "\(recording.page)")
        }
        for recording in all {
            #expect(recording.viewport.media == "screen", "\(recording.page)")
            #expect(recording.browser.hasPrefix("Chrome/"), "\(recording.page)")
            #expect(!recording.elements.isEmpty, "\(recording.page) records no element")
            for element in recording.elements {
                let missing = BrowserCorpus.properties.filter { (element.computed[$0] ?? "").isEmpty }
                #expect(missing.isEmpty, "\(recording.page) [\(element.key)] lacks \(missing)")
                let extra = Set(element.computed.keys).subtracting(BrowserCorpus.properties)
                #expect(extra.isEmpty, "\(recording.page) [\(element.key)] has unexpected \(extra.sorted())")
                let typedOnly = Set((element.typedOM ?? [:]).keys).subtracting(BrowserCorpus.layoutResolved)
                #expect(typedOnly.isEmpty, "\(recording.page) [\(element.key)] typed-OM values for \(typedOnly.sorted())")
            }
        }
    }

    @Test func everyRecordedElementIsFoundInKrusParseOfThePage() throws {
        for recording in try BrowserCorpus.recordings(otherScreens: true) {
            let submission = try BrowserCorpus.submission(for: recording)
            let document = try BrowserCorpus.document(of: submission)
            for element in recording.elements {
                let found = BrowserCorpus.element(forKey: element.key, in: document)
                #expect(found?.name == element.tag, "\(recording.page): no <\(element.tag)> for key \(element.key)")
            }
        }
    }

    @Test func recordedValuesAreSerialisedAsBrowsersDo() throws {
        // Spot checks that the recordings hold getComputedStyle serialisations
        // (so a broken re-recording cannot pass silently).
        let byPage = Dictionary(uniqueKeysWithValues: try BrowserCorpus.recordings().map { ($0.name, $0) })
        func value(_ page: String, _ key: String, _ property: String) -> String? {
            byPage[page]?.elements.first { $0.key == key }?.computed[property]
        }
        #expect(value("col-hex", "a", "color") == "rgb(255, 0, 0)")
        #expect(value("col-hsl", "c", "color") == "rgba(0, 0, 255, 0.5)")
        #expect(value("ua-headings", "h1", "font-size") == "32px")
        #expect(value("ua-headings", "h1", "font-weight") == "700")
        #expect(value("ua-inline-text", "a", "color") == "rgb(0, 0, 238)")
        #expect(value("ua-inline-text", "a", "text-decoration-line") == "underline")
        #expect(value("med-min-width-1000", "box", "color") == "rgb(0, 128, 0)")
        #expect(value("med-min-width-1100", "box", "color") == "rgb(0, 0, 0)")
        #expect(value("cas-important-vs-inline", "a", "color") == "rgb(255, 0, 0)")
        #expect(value("cas-important-vs-inline", "b", "color") == "rgb(0, 128, 0)")
        #expect(value("len-viewport-units", "vw", "margin-left") == "102.4px")
        #expect(value("file-linked-style", "h1", "color") == "rgb(0, 100, 0)")
        #expect(byPage["box-layout-resolved"]?.elements.first { $0.key == "auto" }?.typedOM?["margin-left"] == "auto")
    }
}

/// The CSS exercises' reference solutions and known-wrong samples are part of
/// the corpus: read in place from graders/css, with their Chromium recordings
/// (`ex-*.chromium.json`, written by scripts/chromium/record_styles.py) beside the corpus.
@Suite struct BrowserAgreementExercisePagesTests {
    /// (corpus page name, sample in graders/css) for every solution and wrong sample.
    static func samples() throws -> [(String, URL)] {
        let graders = BrowserCorpus.cssGraders
        var result: [(String, URL)] = []
        for exercise in try FileManager.default.contentsOfDirectory(atPath: graders.path).sorted() where !exercise.hasPrefix(".") {
            let folder = graders.appendingPathComponent(exercise)
            for name in ["solution.html", "solution"] where FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
                result.append(("ex-\(exercise)-solution", folder.appendingPathComponent(name)))
            }
            let wrong = folder.appendingPathComponent("wrong")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: wrong.path)) ?? [] where !name.hasSuffix(".yaml") {
                let base = name.hasSuffix(".html") ? String(name.dropLast(5)) : name
                result.append(("ex-\(exercise)-wrong-\(base)", wrong.appendingPathComponent(name)))
            }
        }
        return result
    }

    @Test func everyCSSExerciseSampleIsRecorded() throws {
        let recorded = Set(try BrowserCorpus.recordings().map(\.name).filter { $0.hasPrefix("ex-") })
        let samples = try Self.samples()
        #expect(samples.count >= 15)
        for (name, url) in samples {
            #expect(recorded.contains(name), "\(url.path) is not recorded: run scripts/chromium/record_styles.py")
            #expect(try BrowserCorpus.exercisePage(name) == url)
        }
        #expect(recorded == Set(samples.map(\.0)), "recordings of samples that no longer exist")
    }

    @Test func corpusHoldsNoCopiesOfExercisePages() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: try BrowserCorpus.folder.path)
        #expect(names.filter { $0.hasPrefix("ex-") && !$0.contains(".chromium") }.isEmpty)
    }
}
