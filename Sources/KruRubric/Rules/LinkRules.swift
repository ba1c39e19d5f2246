import KruCore
import KruHTML

/// Rules about links between the files of a submission.
enum LinkRules {
    /// The URL attributes `links-resolve` checks.
    static let linkAttributes: [(element: String, attribute: String)] = [
        ("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"),
    ]

    /// `links-resolve`: every relative `href` of `<a>`/`<link>` and `src` of
    /// `<img>`/`<script>` names a file that exists in the submission.
    static func linksResolve(_ document: HTMLDocument, submission: SubmissionFiles) -> Outcome {
        var checked = 0
        var broken: [(Element, String, String, LocalURL.Target)] = []
        let resolver = LocalURL.Resolver(document)
        for element in document.documentElements {
            for (name, attribute) in linkAttributes where element.name == name {
                guard let value = element.attribute(attribute) else { continue }
                let target = resolver.resolve(value)
                switch target {
                case .notChecked: continue
                case .file(let path):
                    checked += 1
                    if !submission.contains(path) { broken.append((element, attribute, value, target)) }
                case .outside:
                    checked += 1
                    broken.append((element, attribute, value, target))
                }
            }
        }
        guard let (element, attribute, value, target) = broken.first else {
            if checked == 0 {
                return .pass(LocalizedText(
                    en: "\(document.file) has no links to other files to check", km: "\(document.file) គ្មានតំណទៅឯកសារផ្សេងដែលត្រូវពិនិត្យទេ"))
            }
            return .pass(LocalizedText(
                en: "all \(checked) links in \(document.file) lead to files of the submission",
                km: "តំណទាំង \(checked) នៅក្នុង \(document.file) នាំទៅឯកសារដែលមានក្នុងការងារ"))
        }
        let written = "<\(element.name) \(attribute)=\(Phrases.quote(value))>"
        let line = element.location?.line ?? 0
        var reason: LocalizedText
        switch target {
        case .file(let path) where path.hasSuffix("/"):
            reason = LocalizedText(
                en: "\(written) at line \(line) names a folder, not a file; name the page or picture itself (for example index.html)",
                km: "\(written) នៅបន្ទាត់ទី \(line) ចង្អុលទៅថត មិនមែនឯកសារទេ; សូមដាក់ឈ្មោះទំព័រ ឬរូបភាពផ្ទាល់ (ឧទាហរណ៍ index.html)")
        case .file(let path):
            if let near = submission.paths.first(where: { $0.lowercased() == path.lowercased() }) {
                reason = LocalizedText(
                    en: "\(written) at line \(line) names \(path), but the file is called \(near) (letter case matters)",
                    km: "\(written) នៅបន្ទាត់ទី \(line) ចង្អុលទៅ \(path) ប៉ុន្តែឯកសារឈ្មោះ \(near) (អក្សរធំ និងអក្សរតូចខុសគ្នា)")
            } else {
                reason = LocalizedText(
                    en: "\(written) at line \(line) names \(path), which is not in the submission",
                    km: "\(written) នៅបន្ទាត់ទី \(line) ចង្អុលទៅ \(path) ដែលមិនមាននៅក្នុងការងារទេ")
            }
        default:
            let trimmed = value.trimmingHTMLWhitespace()
            if trimmed.hasPrefix("//") {
                reason = LocalizedText(
                    en: "\(written) at line \(line) starts with //, which opened from your folder is no web address; write https:// in front",
                    km: "\(written) នៅបន្ទាត់ទី \(line) ចាប់ផ្ដើមដោយ // ដែលពេលបើកពីថតរបស់អ្នក មិនមែនជាអាសយដ្ឋានវេបទេ; សូមសរសេរ https:// នៅខាងមុខ")
            } else if trimmed.lowercased().hasPrefix("file:") || LocalURL.isWindowsPath(trimmed) {
                reason = LocalizedText(
                    en: "\(written) at line \(line) names a file on your own computer; copy the file into your folder and write its name",
                    km: "\(written) នៅបន្ទាត់ទី \(line) ចង្អុលទៅឯកសារនៅលើកុំព្យូទ័ររបស់អ្នកផ្ទាល់; សូមចម្លងឯកសារនោះចូលក្នុងថតរបស់អ្នក ហើយសរសេរឈ្មោះរបស់វា")
            } else {
                reason = LocalizedText(
                    en: "\(written) at line \(line) points outside the submission folder",
                    km: "\(written) នៅបន្ទាត់ទី \(line) ចង្អុលទៅក្រៅថតនៃការងារ")
            }
        }
        if broken.count > 1 {
            reason = LocalizedText(
                en: "\(broken.count) broken links in \(document.file); \(reason.en)",
                km: "តំណខូច \(broken.count) នៅក្នុង \(document.file); \(reason.km)")
        }
        return .fail(
            reason,
            expected: LocalizedText(
                en: "expected every link and picture to name a file of the submission, relative to the page",
                km: "គ្រប់តំណ និងរូបភាពត្រូវចង្អុលទៅឯកសារក្នុងការងារ ដោយគិតពីថតនៃទំព័រ"),
            at: element.location)
    }

    /// `link-to`: the page has an `<a>` whose relative `href` leads to `target`.
    static func linkTo(_ document: HTMLDocument, target: String) -> Outcome {
        let anchors = document.documentElements(named: "a").filter { $0.attribute("href") != nil }
        let resolver = LocalURL.Resolver(document)
        if let hit = anchors.first(where: { resolver.resolve($0.attribute("href")!) == .file(target) }) {
            return .pass(
                LocalizedText(
                    en: "\(document.file): <a href=\(Phrases.quote(hit.attribute("href")!))> at line \(hit.location?.line ?? 0) leads to \(target)",
                    km: "\(document.file)៖ <a href=\(Phrases.quote(hit.attribute("href")!))> នៅបន្ទាត់ទី \(hit.location?.line ?? 0) នាំទៅ \(target)"),
                at: hit.location)
        }
        let expected = LocalizedText(
            en: "expected \(document.file) to have an <a href=\"…\"> leading to \(target)",
            km: "\(document.file) ត្រូវមាន <a href=\"…\"> ដែលនាំទៅ \(target)")
        guard !anchors.isEmpty else {
            return .fail(
                LocalizedText(en: "\(document.file) has no <a href> link", km: "\(document.file) គ្មានតំណ <a href> ទេ"),
                expected: expected)
        }
        let hrefs = anchors.prefix(4).map { Phrases.quote($0.attribute("href")!, limit: 30) }.joined(separator: ", ")
        return .fail(
            LocalizedText(
                en: "no link in \(document.file) leads to \(target) (its links: \(hrefs))",
                km: "គ្មានតំណណាមួយនៅក្នុង \(document.file) នាំទៅ \(target) ទេ (តំណរបស់វា៖ \(hrefs))"),
            expected: expected, at: anchors.first?.location)
    }

    /// Every `<link rel="stylesheet" href>` of a page (outside `<template>`), with where its
    /// `href` leads (against the page's `<base href>` when it has one).
    static func stylesheets(_ document: HTMLDocument) -> [(Element, LocalURL.Target)] {
        let resolver = LocalURL.Resolver(document)
        return document.documentElements(named: "link").compactMap { link in
            let rel = (link.attribute("rel") ?? "").lowercased().split(whereSeparator: { $0.isWhitespace })
            guard rel.contains("stylesheet"), let href = link.attribute("href") else { return nil }
            return (link, resolver.resolve(href))
        }
    }

    /// The first `<link rel="stylesheet">` whose `href` is on the internet (`https://…`,
    /// `//host/…`), such as a web font's CSS: not a style sheet the student wrote.
    static func internetStylesheet(_ document: HTMLDocument) -> Element? {
        stylesheets(document).lazy.map(\.0).first { link in
            let href = link.attribute("href")!.trimmingHTMLWhitespace()
            if href.hasPrefix("//") { return true }
            let scheme = LocalURL.scheme(of: href)
            return scheme == "http" || scheme == "https"
        }
    }

    /// `shared-stylesheet`: each page links a stylesheet, and one existing
    /// stylesheet file is linked by all of them.
    static func sharedStylesheet(_ files: [String], evaluator: Evaluator) -> Outcome {
        var sets: [(String, [String])] = []
        let expected = LocalizedText(
            en: "expected \(files.joined(separator: " and ")) to link the same stylesheet file with <link rel=\"stylesheet\" href=\"…\">",
            km: "\(files.joined(separator: " និង ")) ត្រូវភ្ជាប់ឯកសារ stylesheet តែមួយដូចគ្នា ដោយប្រើ <link rel=\"stylesheet\" href=\"…\">")
        for file in files {
            let document: HTMLDocument
            switch evaluator.document(file) {
            case .failure(let failure): return .cannotRun(failure.reason)
            case .success(let parsed): document = parsed
            }
            let links = stylesheets(document)
            guard let first = links.first else {
                return .fail(
                    LocalizedText(en: "\(file) has no <link rel=\"stylesheet\">", km: "\(file) គ្មាន <link rel=\"stylesheet\"> ទេ"),
                    expected: expected)
            }
            let existing = links.compactMap { _, target -> String? in
                if case .file(let path) = target, evaluator.submission.contains(path) { return path }
                return nil
            }
            if existing.isEmpty {
                let href = first.0.attribute("href") ?? ""
                return .fail(
                    LocalizedText(
                        en: "\(file): the stylesheet \(Phrases.quote(href)) at line \(first.0.location?.line ?? 0) is not a file of the submission",
                        km: "\(file)៖ stylesheet \(Phrases.quote(href)) នៅបន្ទាត់ទី \(first.0.location?.line ?? 0) មិនមែនជាឯកសារក្នុងការងារទេ"),
                    expected: expected, at: first.0.location)
            }
            sets.append((file, existing))
        }
        let shared = sets.dropFirst().reduce(Set(sets[0].1)) { $0.intersection($1.1) }
        if let sheet = sets[0].1.first(where: shared.contains) {
            return .pass(LocalizedText(
                en: "\(files.joined(separator: " and ")) both use \(sheet)", km: "\(files.joined(separator: " និង ")) ប្រើ \(sheet) ដូចគ្នា"))
        }
        let uses = sets.map { "\($0.0) → \($0.1.joined(separator: ", "))" }.joined(separator: "; ")
        return .fail(
            LocalizedText(en: "the pages use different stylesheets (\(uses))", km: "ទំព័រទាំងនេះប្រើ stylesheet ខុសគ្នា (\(uses))"),
            expected: expected)
    }
}
