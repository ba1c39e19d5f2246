import KruHTML
import KruSelectors
import Testing

@Test func linkPseudoClasses() throws {
    let html = """
        <a id=a1 href="x.html">x</a><a id=a2>no href</a><a id=a3 href="">empty href</a>
        <map><area id=ar href="y.html"></map><link id=l rel=stylesheet href="s.css">
        """
    #expect(try select(":link", in: html) == ["a1", "a3", "ar"])
    #expect(try select(":any-link", in: html) == ["a1", "a3", "ar"])
    #expect(try select(":visited", in: html) == [])
}

@Test func checkedControlsAndOptions() throws {
    let html = """
        <input id=c1 type=checkbox checked><input id=c2 type=checkbox><input id=c3 type=CHECKBOX checked>
        <input id=t1 type=text checked>
        <input id=r1 type=radio name=g checked><input id=r2 type=radio name=g checked><input id=r3 type=radio name=h checked>
        <select id=s1><option id=o1>a</option><option id=o2 selected>b</option></select>
        <select id=s2><option id=o3 disabled>a</option><optgroup><option id=o4>b</option></optgroup></select>
        <select id=s3 multiple><option id=o5 selected>a</option><option id=o6 selected>b</option></select>
        <select id=s4 size=3><option id=o7>a</option></select>
        <select id=s5><option id=o8 selected>a</option><option id=o9 selected>b</option></select>
        """
    // The last checked radio of a group wins; a text input is never checked.
    #expect(try select("input:checked", in: html) == ["c1", "c3", "r2", "r3"])
    // A drop-down with nothing selected selects its first enabled option; a list box (size > 1) does not.
    #expect(try select("option:checked", in: html) == ["o2", "o4", "o5", "o6", "o9"])
}

@Test func disabledAndEnabled() throws {
    let html = """
        <form>
          <input id=i1><input id=i2 disabled><button id=b1>ok</button><textarea id=t1 disabled></textarea>
          <fieldset id=f1 disabled>
            <legend id=lg><input id=i3></legend>
            <input id=i4>
            <legend><input id=i5></legend>
          </fieldset>
          <select id=s1><optgroup id=g1 disabled><option id=o1>a</option></optgroup><option id=o2>b</option></select>
          <a id=a href=x>link</a>
        </form>
        """
    #expect(try select(":disabled", in: html) == ["i2", "t1", "f1", "i4", "i5", "g1", "o1"])
    #expect(try select(":enabled", in: html) == ["i1", "b1", "i3", "s1", "o2"])
}

@Test func requiredAndOptional() throws {
    let html = """
        <input id=i1 required><input id=i2><input id=i3 type=submit required><input id=i4 type=hidden required>
        <select id=s1 required></select><textarea id=t1></textarea><button id=b1>x</button>
        """
    #expect(try select(":required", in: html) == ["i1", "s1"])
    #expect(try select(":optional", in: html) == ["i2", "i3", "i4", "t1", "b1"])
}
