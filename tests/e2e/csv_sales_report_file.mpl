# A CSV sales report: the data is written to a temp dir, read back, parsed into structs,
# grouped by region and product, totalled and printed as an aligned table; the report is
# written next to it and checked.

struct Sale do
  region :: String
  product :: String
  units :: Int
  price :: Float
end deriving(Eq, Debug)

let csv = """region,product,units,unit_price
North, Widget ,12,2.50
South,Gadget,3,10.00
North,Gadget,5,9.50
East,Widget,20,2.25
South,Widget,7,2.50
North,Widget,4,2.50
East,Gizmo,1,99.99
West,Widget,x,2.50
South,Gizmo,2
"""

fn parse_sale(line :: String) -> Result<Sale, String> do
  case String.split(line, ",") |> List.map(String.trim) do
    [region, product, units, price] ->
      let u = String.to_int(units) |> Option.to_result("bad units '${units}'")?
      let p = String.to_float(price) |> Option.to_result("bad price '${price}'")?
      Ok(Sale { region: region, product: product, units: u, price: p })
    fields -> Err("expected 4 fields, got ${List.length(fields)}")
  end
end

fn revenue(s :: Sale) -> Float = Int.to_float(s.units) * s.price

fn money(x :: Float) -> String do
  let cents = Math.round(x * 100.0)
  let whole = cents / 100
  let frac = String.pad_start("${cents % 100}", 2, "0")
  "${whole}.${frac}"
end

fn row(cells :: List<String>, widths :: List<Int>) -> String do
  List.zip(cells, widths)
  |> List.enumerate()
  |> List.map(fn (i, (cell, w)) -> if i == 0 do String.pad_end(cell, w, " ") else String.pad_start(cell, w, " ") end end)
  |> String.join(" | ")
end

fn main() do
  let dir = Env.get("TMPDIR") |> Option.unwrap_or("/tmp")
  let path = "${dir}/mesh_csv_sales_report_input.csv"
  File.write(path, csv) |> Result.expect("write input")
  let text = File.read(path) |> Result.unwrap()
  let lines = String.lines(text) |> List.drop(1)
  let parsed = List.enumerate(lines) |> List.map(fn (i, l) -> (i + 2, parse_sale(l)) end)
  let sales = for (_, r) in parsed when Result.is_ok(r) do Result.unwrap(r) end
  for (line_no, r) in parsed do
    case r do
      Err(e) -> println("skipped line ${line_no}: ${e}")
      Ok(_) -> continue
    end
  end
  println("${List.length(sales)} sales read")

  let by_region = List.group_by(sales, fn s -> s.region end)
  let regions = Map.keys(by_region) |> List.sort_by(fn r -> r end)
  let widths = [8, 6, 9]
  println(row(["region", "units", "revenue"], widths))
  println(String.repeat("-", 8 + 6 + 9 + 6))
  let lines_out = List.map(regions, fn r ->
    let group = Map.get(by_region, r)
    let units = group |> List.map(fn s -> s.units end) |> List.sum()
    let total = group |> List.map(revenue) |> List.sum_float()
    row([r, "${units}", money(total)], widths)
  end)
  List.each(lines_out, println)
  let grand = sales |> List.map(revenue) |> List.sum_float()
  println(row(["total", "${sales |> List.map(fn s -> s.units end) |> List.sum()}", money(grand)], widths))

  let per_product = List.reduce(sales, Map.new(), fn acc, s -> Map.update(acc, s.product, revenue(s), fn t -> t + revenue(s) end) end)
  let ranked = Map.to_list(per_product) |> List.sort(fn (_, a), (_, b) -> compare(b, a) end)
  for (product, total) in ranked do
    println("${String.pad_end(product, 7, ".")} ${money(total)}")
  end
  let best = List.head(ranked)
  println("best seller: ${Tuple.first(best)}")

  let report = "${path}.report"
  File.write(report, String.join(lines_out, "\n") <> "\n") |> Result.expect("write report")
  let back = File.read(report) |> Result.unwrap() |> String.lines()
  println("report has ${List.length(back)} lines, first: ${List.head(back)}")
  File.delete(path) |> Result.unwrap()
  File.delete(report) |> Result.unwrap()
  println("cleaned up: ${not File.exists(path) and not File.exists(report)}")
end
