import KruCore

/// `html.obsolete-element`: an element HTML5 no longer has (`<center>`,
/// `<font>`, `<marquee>`, `<big>`, `<strike>`, `<tt>`, `<frame>` …), with
/// what to use instead. Reported at the `<` of its start tag.
struct ObsoleteElementRule: HTMLDiagnosticRule {
    static let id = "html.obsolete-element"
    static let severity = Severity.warning
    static let needs = PageFacts.obsoleteStartTag
    static let summary = LocalizedText(
        en: "An old element HTML5 no longer uses (like <center> or <font>); use CSS or a modern element.",
        km: "ធាតុចាស់ដែល HTML5 លែងប្រើ (ដូចជា <center> ឬ <font>) សូមប្រើ CSS ឬធាតុថ្មីជំនួសវិញ។")

    static let message = LocalizedText(
        en: "<{name}> is an old element that HTML5 no longer uses. {advice}",
        km: "<{name}> ជាធាតុចាស់ដែល HTML5 លែងប្រើហើយ។ {advice}")

    /// Every obsolete element and what to use instead.
    static let advice: [String: LocalizedText] = {
        let css = LocalizedText(
            en: "To change how text looks (color, size, font), use CSS: color, font-size, font-family.",
            km: "ដើម្បីប្ដូររូបរាងអក្សរ (ពណ៌ ទំហំ ពុម្ពអក្សរ) សូមប្រើ CSS៖ color, font-size, font-family។")
        let frames = LocalizedText(
            en: "Frames are gone from HTML5. To show another page inside yours, use <iframe>; to lay out your page, use CSS.",
            km: "HTML5 លែងមាន frame ទៀតហើយ។ ដើម្បីបង្ហាញទំព័រមួយទៀតនៅក្នុងទំព័ររបស់អ្នក សូមប្រើ <iframe>។ ដើម្បីរៀបចំប្លង់ទំព័រ សូមប្រើ CSS។")
        let pre = LocalizedText(
            en: "Use <pre> instead (with <code> inside for computer code).",
            km: "សូមប្រើ <pre> ជំនួសវិញ (ដាក់ <code> នៅខាងក្នុង សម្រាប់កូដកុំព្យូទ័រ)។")
        let ruby = LocalizedText(
            en: "Use <ruby> with <rt> instead.",
            km: "សូមប្រើ <ruby> ជាមួយ <rt> ជំនួសវិញ។")
        let remove = LocalizedText(
            en: "Browsers no longer support it: remove it.",
            km: "កម្មវិធីរុករក (browser) លែងគាំទ្រវាហើយ៖ សូមលុបវាចេញ។")
        let blink = LocalizedText(
            en: "Browsers ignore it: the text does not blink. If you really need movement, use a CSS animation (@keyframes).",
            km: "កម្មវិធីរុករក (browser) មិនអើពើនឹងវាទេ៖ អក្សរមិនភ្លឹបភ្លែតទេ។ បើអ្នកពិតជាត្រូវការចលនា សូមប្រើ CSS animation (@keyframes)។")
        let marquee = LocalizedText(
            en: "Moving text is hard to read. If you really need movement, use a CSS animation (@keyframes).",
            km: "អក្សររត់ពិបាកអានណាស់។ បើអ្នកពិតជាត្រូវការចលនា សូមប្រើ CSS animation (@keyframes)។")
        return [
            "center": LocalizedText(
                en: "To center text, use CSS: text-align: center;",
                km: "ដើម្បីដាក់អក្សរនៅកណ្ដាល សូមប្រើ CSS៖ text-align: center;"),
            "font": css,
            "basefont": css,
            "big": LocalizedText(
                en: "To make text bigger, use CSS: font-size.",
                km: "ដើម្បីធ្វើឲ្យអក្សរធំជាងមុន សូមប្រើ CSS៖ font-size។"),
            "strike": LocalizedText(
                en: "To cross out text, use <s> or <del>, or CSS: text-decoration: line-through;",
                km: "ដើម្បីគូសបន្ទាត់កាត់អក្សរ សូមប្រើ <s> ឬ <del> ឬ CSS៖ text-decoration: line-through;"),
            "tt": LocalizedText(
                en: "For computer code use <code>; for letters that all have the same width, use CSS: font-family: monospace;",
                km: "សម្រាប់កូដកុំព្យូទ័រ សូមប្រើ <code>។ សម្រាប់អក្សរដែលមានទទឹងស្មើគ្នា សូមប្រើ CSS៖ font-family: monospace;"),
            "marquee": marquee,
            "blink": blink,
            "frame": frames,
            "frameset": frames,
            "noframes": frames,
            "acronym": LocalizedText(
                en: "Use <abbr> for abbreviations.",
                km: "សូមប្រើ <abbr> សម្រាប់អក្សរកាត់។"),
            "applet": LocalizedText(
                en: "Java applets no longer run in browsers. Use JavaScript, <object> or <embed>.",
                km: "Java applet លែងដំណើរការក្នុងកម្មវិធីរុករក (browser) ទៀតហើយ។ សូមប្រើ JavaScript, <object> ឬ <embed>។"),
            "bgsound": LocalizedText(
                en: "Use <audio> to play sound.",
                km: "សូមប្រើ <audio> ដើម្បីចាក់សំឡេង។"),
            "dir": LocalizedText(
                en: "Use <ul> for a list.",
                km: "សូមប្រើ <ul> សម្រាប់បញ្ជី។"),
            "isindex": LocalizedText(
                en: "Use a <form> with an <input>.",
                km: "សូមប្រើ <form> ជាមួយ <input>។"),
            "listing": pre,
            "xmp": pre,
            "plaintext": pre,
            "multicol": LocalizedText(
                en: "Use CSS: columns.",
                km: "សូមប្រើ CSS៖ columns។"),
            "nobr": LocalizedText(
                en: "To keep text on one line, use CSS: white-space: nowrap;",
                km: "ដើម្បីរក្សាអក្សរឲ្យនៅលើបន្ទាត់តែមួយ សូមប្រើ CSS៖ white-space: nowrap;"),
            "spacer": LocalizedText(
                en: "To make space, use CSS: margin or padding.",
                km: "ដើម្បីបង្កើតចន្លោះ សូមប្រើ CSS៖ margin ឬ padding។"),
            "noembed": LocalizedText(
                en: "Put the fallback content inside <object> instead.",
                km: "សូមដាក់ខ្លឹមសារជំនួសនៅក្នុង <object> វិញ។"),
            "param": LocalizedText(
                en: "Give the file to <object> with its data attribute instead.",
                km: "សូមផ្ដល់ឯកសារឲ្យ <object> តាមរយៈលក្ខណៈ data របស់វាជំនួសវិញ។"),
            "image": LocalizedText(
                en: "Use <img> for a picture.",
                km: "សូមប្រើ <img> សម្រាប់រូបភាព។"),
            "rb": ruby,
            "rtc": ruby,
            "keygen": remove,
            "menuitem": remove,
            "nextid": remove,
        ]
    }()

    static func message(for name: String, advice: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: message.en.replacingOccurrences(of: "{advice}", with: advice.en),
            km: message.km.replacingOccurrences(of: "{advice}", with: advice.km)
        ).filling(["name": name])
    }

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        for tag in context.tags
        where !tag.isEndTag && !tag.droppedAtEndOfFile && !tag.inForeignContent
            && tag.traits.contains(.obsolete)
        {
            let name = context.name(of: tag)
            guard let advice = Self.advice[name] else { continue }
            emit(Self.message(for: name, advice: advice), at: tag.start, in: context, into: &emitter)
        }
    }
}
