# A sum type with named-field variants, exported for variant_field_patterns_modules/main.mpl.
pub type Shape do
  Empty
  Circle(r :: Float)
  Rect(w :: Float, h :: Float)
end
