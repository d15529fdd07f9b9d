# Calendar arithmetic on a Date struct: days since the epoch (Howard Hinnant's civil algorithm),
# weekdays, adding days and months, parsing ISO dates with Result, sorting by derived Ord,
# and formatting with padding. Integer division and remainder on negative numbers matter here.

struct Date do
  year :: Int
  month :: Int
  day :: Int
end deriving(Eq, Ord, Hash, Debug)

impl Display for Date do
  fn to_string(self) -> String do
    let pad = fn n, w -> String.pad_start("${n}", w, "0") end
    "${pad(self.year, 4)}-${pad(self.month, 2)}-${pad(self.day, 2)}"
  end
end

# Mesh's `/` truncates toward zero, like Elixir's div/2 and Go's /; the calendar needs floor.
fn floor_div(a :: Int, b :: Int) -> Int do
  let q = a / b
  if a % b != 0 and (a < 0) != (b < 0) do q - 1 else q end
end

fn is_leap(y :: Int) -> Bool = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

fn days_in_month(y, m) do
  case m do
    2 -> if is_leap(y) do 29 else 28 end
    4 | 6 | 9 | 11 -> 30
    _ -> 31
  end
end

fn to_days(d :: Date) -> Int do
  let y = if d.month <= 2 do d.year - 1 else d.year end
  let era = floor_div(y, 400)
  let yoe = y - era * 400
  let mp = (d.month + 9) % 12
  let doy = (153 * mp + 2) / 5 + d.day - 1
  let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
  era * 146097 + doe - 719468
end

fn from_days(z0 :: Int) -> Date do
  let z = z0 + 719468
  let era = floor_div(z, 146097)
  let doe = z - era * 146097
  let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
  let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
  let mp = (5 * doy + 2) / 153
  let d = doy - (153 * mp + 2) / 5 + 1
  let m = if mp < 10 do mp + 3 else mp - 9 end
  let y = yoe + era * 400 + if m <= 2 do 1 else 0 end
  Date { year: y, month: m, day: d }
end

fn weekday(d :: Date) -> String do
  let names = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"]
  let n = to_days(d) % 7
  List.get(names, if n < 0 do n + 7 else n end)
end

fn add_days(d :: Date, n :: Int) -> Date = from_days(to_days(d) + n)

# Adding months clamps the day to the target month's length (Jan 31 + 1 month = Feb 28/29).
fn add_months(d :: Date, n :: Int) -> Date do
  let index = d.year * 12 + (d.month - 1) + n
  let y = floor_div(index, 12)
  let m = index - y * 12 + 1
  Date { year: y, month: m, day: Math.min(d.day, days_in_month(y, m)) }
end

fn parse(text :: String) -> Result<Date, String> do
  let parts = String.split(String.trim(text), "-")
  case List.map(parts, Int.parse) do
    [Some(y), Some(m), Some(d)] when m >= 1 and m <= 12 and d >= 1 and d <= days_in_month(y, m) -> Ok(Date { year: y, month: m, day: d })
    [Some(_), Some(_), Some(_)] -> Err("no such day: ${text}")
    _ -> Err("not an ISO date: ${text}")
  end
end

fn main() do
  let epoch = Date { year: 1970, month: 1, day: 1 }
  println("${epoch} is day ${to_days(epoch)}, a ${weekday(epoch)}")
  for text in ["2000-02-29", "2024-12-25", "1969-07-20", "1900-03-01", "0001-01-01", "2023-02-29", "12/25/2024", "2024-13-01"] do
    case parse(text) do
      Ok(d) -> println("${d}: day ${to_days(d)}, ${weekday(d)}, round trip ${from_days(to_days(d)) == d}")
      Err(e) -> println(e)
    end
  end
  let xmas = Date { year: 2024, month: 12, day: 25 }
  println("100 days after ${xmas}: ${add_days(xmas, 100)}; 1000 before: ${add_days(xmas, -1000)}")
  let jan31 = Date { year: 2024, month: 1, day: 31 }
  let months = Range.map(0..5, fn i -> add_months(jan31, i) |> to_string() end)
  println("monthly from ${jan31}: ${String.join(months, ", ")}")
  println("back 13 months: ${add_months(jan31, -13)}")
  let dates = ["2024-03-10", "1999-12-31", "2024-03-09", "2001-01-01"] |> List.map(fn t -> parse(t) |> Result.unwrap() end)
  println("sorted: ${List.sort(dates, compare)}")
  println("latest: ${List.max(dates)}, span ${to_days(List.max(dates)) - to_days(List.min(dates))} days")
  # Every day for 400 years (a full Gregorian cycle) round-trips; count the Friday 13ths.
  let start = to_days(Date { year: 2000, month: 1, day: 1 })
  let cycle = 146097
  let ok = Iter.count_from(start) |> Iter.take(cycle) |> Iter.all(fn n -> to_days(from_days(n)) == n end)
  let fridays = Iter.count_from(start) |> Iter.take(cycle) |> Iter.map(from_days)
    |> Iter.filter(fn d -> d.day == 13 and weekday(d) == "Friday" end) |> Iter.count()
  println("400-year round trip: ${ok}; Friday 13ths in a cycle: ${fridays}")
  let seen = Set.from_list(dates) |> Set.add(parse("2001-01-01") |> Result.unwrap())
  println("distinct dates: ${Set.size(seen)}")
end
