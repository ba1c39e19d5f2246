import KruCore
import Testing

@Test func fillingReplacesEveryPlaceholderOnceAndKeepsTheRest() {
    let template = LocalizedText(
        en: "{name} has {count} of {count} {unknown} {",
        km: "{name} មាន {count} ក្នុងចំណោម {count} {unknown} {")
    let filled = template.filling(["name": "សុខ {count}", "count": "3"])
    // Values are not searched again: a student's name holding "{count}" stays as written.
    #expect(filled.en == "សុខ {count} has 3 of 3 {unknown} {")
    #expect(filled.km == "សុខ {count} មាន 3 ក្នុងចំណោម 3 {unknown} {")
    #expect(LocalizedText(en: "{{x}}", km: "}{x}{").filling(["x": "1"]) == LocalizedText(en: "{1}", km: "}1{"))
    #expect(LocalizedText(en: "no placeholders", km: "គ្មាន").filling(["x": "1"]).en == "no placeholders")
}

@Test func fillingEachLanguageWithItsOwnValues() {
    let template = LocalizedText(en: "{found}; {expected}", km: "{found}; {expected}")
    let filled = template.filling(en: ["found": "2 <h1>", "expected": "one"], km: ["found": "<h1> 2", "expected": "មួយ"])
    #expect(filled == LocalizedText(en: "2 <h1>; one", km: "<h1> 2; មួយ"))
    // A finding quoting "{expected}" is not filled again.
    #expect(template.filling(en: ["found": "{expected}", "expected": "x"], km: [:]).en == "{expected}; x")
}
