# File.read / write / append / delete. The program runs in a fresh directory, so relative names are
# unique to this run. Errors are the operating system's message with its errno, as upstream prints them.

fn show_read(label :: String, path :: String) do
  case File.read(path) do
    Ok(text) -> println("${label}: Ok([${text}], ${String.length(text)} scalars)")
    Err(e) -> println("${label}: Err(${e})")
  end
end

fn show_unit(label :: String, r :: Result<(), String>) do
  case r do
    Ok(_) -> println("${label}: Ok")
    Err(e) -> println("${label}: Err(${e})")
  end
end

fn main() do
  let path = "mesh_stdlib_file_io_test.txt"

  # write creates, read returns the exact content (Unicode, newlines, no trailing newline added)
  show_unit("write", File.write(path, "héllo 👋\nsecond line"))
  println("exists after write: ${File.exists(path)}")
  show_read("read", path)

  # write truncates: a shorter text replaces everything
  show_unit("overwrite", File.write(path, "short"))
  show_read("read after overwrite", path)

  # append adds at the end
  show_unit("append", File.append(path, ", then more"))
  show_unit("append newline", file_append(path, "\nline 2\n"))
  show_read("read after append", path)
  case File.read(path) do
    Ok(text) -> println("lines: ${String.split(text, "\n")}")
    Err(e) -> println("unexpected: ${e}")
  end

  # an empty file
  show_unit("write empty", File.write(path, ""))
  show_read("read empty", path)

  # append creates a missing file
  let appended = "mesh_stdlib_file_io_appended.txt"
  show_unit("append to a new file", File.append(appended, "created by append"))
  show_read("read appended", appended)
  show_unit("delete appended", File.delete(appended))

  # delete, then everything about the file fails
  show_unit("delete", File.delete(path))
  println("exists after delete: ${File.exists(path)}")
  show_read("read deleted", path)
  show_unit("delete again", File.delete(path))

  # other errors
  show_read("read missing", "no_such_file.txt")
  show_read("read empty path", "")
  show_unit("write into a missing directory", File.write("no_such_dir/x.txt", "x"))
  show_unit("append into a missing directory", File.append("no_such_dir/x.txt", "x"))
  show_read("read a directory", ".")
  show_unit("delete a directory", File.delete("."))
  show_unit("write to a directory", File.write(".", "x"))

  # the results are ordinary Result values
  let w = File.write(path, "42")
  println("display: ${w} ${File.read(path)} ${File.read("no_such_file.txt")}")
  let n = case File.read(path) do
    Ok(text) -> case String.to_int(text) do
      Some(v) -> v
      None -> -1
    end
    Err(_) -> -2
  end
  println("number from file plus one: ${n + 1}")
  show_unit("cleanup", file_delete(path))
  println("exists at the end: ${File.exists(path)}")
end
