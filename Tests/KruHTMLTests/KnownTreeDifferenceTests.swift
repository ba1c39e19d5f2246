import KruHTML
import Testing

/// Differences from Chromium that the outlines of ChromiumTreeTests cannot
/// show (record_trees.py lowercases names and prints `<template>` content in
/// place). Each test states kru's behaviour and Chromium's; it fails when kru
/// changes, so docs/html-differences.md can be updated.
struct KnownTreeDifferenceTests {
    /// Chromium keeps the camelCase SVG and MathML names (`viewBox`,
    /// `foreignObject`, `definitionURL`); kru lowercases every name.
    @Test func svgAndMathMLCamelCaseNamesAreLowercase() throws {
        let document = HTMLParser.parse(
            text: "<svg viewBox=\"0 0 10 10\"><foreignObject></foreignObject><linearGradient/></svg><math definitionURL=u></math>")
        let svg = try #require(document.elements(named: "svg").first)
        #expect(svg.node.attributes.map(\.name) == ["viewbox"])  // Chromium: viewBox
        #expect(svg.children.map(\.name) == ["foreignobject", "lineargradient"])  // Chromium: foreignObject, linearGradient
        #expect(document.elements(named: "math").first?.node.attributes.map(\.name) == ["definitionurl"])  // Chromium: definitionURL
    }

    /// Chromium keeps `<template>` content in a separate fragment that
    /// `querySelectorAll` does not search; in kru it is ordinary children, so
    /// element lookups (and rubric selectors) find it.
    @Test func templateContentIsPartOfTheTree() throws {
        let document = HTMLParser.parse(text: "<!DOCTYPE html><h1>Shown</h1><template><h1>Hidden</h1></template>")
        #expect(document.elements(named: "h1").count == 2)  // Chromium: document.querySelectorAll("h1").length == 1
        let template = try #require(document.elements(named: "template").first)
        #expect(template.children.map(\.name) == ["h1"])  // Chromium: template.childNodes is empty; the h1 is in template.content
    }
}
