# Unicode case mapping follows the full, locale-independent rules: characters whose
# upper case is several characters expand (ß -> SS, ligatures), the Turkic dotted and
# dotless i map to their Latin counterparts, and a capital sigma lowers to the final
# form ς only at the end of a word.

fn main() do
  println(String.to_upper("straße"))
  println("ﬁne ﬂow ﬀ".to_upper())
  println(String.to_upper("ŉ ǰ ΐ"))
  println(String.to_upper("ı i"))
  println(String.to_lower("İ I"))
  println("length of lowered İ: ${String.length(String.to_lower("İ"))}")
  println(String.to_lower("ΟΔΥΣΣΕΥΣ"))
  println(String.to_lower("ΣΑΣ Σ ΑΣ. ΣΟΦΟΣ'"))
  println(String.to_upper("ὀδυσσεύς"))
  println(String.to_upper("ǆ ǅ Ǆ"))
  println(String.to_lower("ǆ ǅ Ǆ"))
  println(String.to_upper("привет мир"))
  println(String.to_lower("ПРИВЕТ МИР"))
  println(String.to_upper("𐐨𐐯𐑅𐐨𐑉𐐯𐐻"))
  println(String.to_upper("日本語 👋 123 !?"))
  println(String.to_lower("ÅNGSTRÖM ÆØ"))
  println("length of upper ß: ${String.length("ß".to_upper())}")
end
