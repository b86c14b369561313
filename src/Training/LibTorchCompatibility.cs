using System.Buffers.Binary;
using System.Text;

namespace SingKing.Training;

/// <summary>
/// Lets TorchSharp's native bridge load on Debian 12. <c>libLibTorchSharp.so</c> of TorchSharp 0.107 was built
/// with GCC 13, whose &lt;iostream&gt; makes every object require the symbol version <c>GLIBCXX_3.4.32</c>
/// (for <c>std::ios_base_library_init</c>, a symbol it declares but never calls). Debian 12's libstdc++
/// stops at 3.4.30, so the loader refuses the library although nothing in it uses the newer symbol. Marking
/// that one version requirement weak (the ELF flag <c>VER_FLG_WEAK</c>) turns the refusal into nothing: on a
/// system that has the version nothing changes. Only the copy in this program's own folder is edited, once,
/// through a temporary file and an atomic rename.
/// </summary>
public static class LibTorchCompatibility
{
    private const string Library = "libLibTorchSharp.so";
    private const string Version = "GLIBCXX_3.4.32";
    private const uint VerNeedSection = 0x6ffffffe;
    private const ushort WeakFlag = 0x2;
    private static readonly Lock Gate = new();
    private static bool s_prepared;

    /// <summary>Prepares the bridge beside the executable, if there is one to prepare. Call before the first TorchSharp call.</summary>
    public static void Prepare()
    {
        lock (Gate)
        {
            if (s_prepared)
                return;
            s_prepared = true;
            if (!OperatingSystem.IsLinux())
                return;
            // Beside the program (built for linux-x64), or in runtimes/ when it was built for any platform.
            var folder = AppContext.BaseDirectory;
            foreach (var path in new[] { Path.Combine(folder, Library), Path.Combine(folder, "runtimes", "linux-x64", "native", Library) })
            {
                if (!File.Exists(path))
                    continue;
                try
                {
                    Relax(path);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // A read-only install: TorchSharp will say why it cannot load, which is the useful message.
                }
            }
        }
    }

    /// <summary>Marks <see cref="Version"/> weak in the library at <paramref name="path"/>; true when the file was changed.</summary>
    internal static bool Relax(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!TryFindRequirement(bytes, out var flagsOffset))
            return false;
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(flagsOffset));
        if ((flags & WeakFlag) != 0)
            return false;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(flagsOffset), (ushort)(flags | WeakFlag));
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return true;
    }

    // Walks the ELF64 section headers to the version-needs section and finds the auxiliary entry naming Version.
    private static bool TryFindRequirement(byte[] elf, out int flagsOffset)
    {
        flagsOffset = 0;
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != 'E' || elf[2] != 'L' || elf[3] != 'F' || elf[4] != 2 || elf[5] != 1)
            return false;
        var span = elf.AsSpan();
        var sectionTable = (int)BinaryPrimitives.ReadUInt64LittleEndian(span[0x28..]);
        var entrySize = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3A..]);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3C..]);
        for (var i = 0; i < count; i++)
        {
            var header = span[(sectionTable + i * entrySize)..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != VerNeedSection)
                continue;
            var offset = (int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x18..]);
            var link = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x28..]);
            var needs = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
            var strings = (int)BinaryPrimitives.ReadUInt64LittleEndian(span[(sectionTable + link * entrySize + 0x18)..]);
            var need = offset;
            for (var n = 0; n < needs; n++)
            {
                var auxCount = BinaryPrimitives.ReadUInt16LittleEndian(span[(need + 2)..]);
                var aux = need + (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(need + 8)..]);
                for (var a = 0; a < auxCount; a++)
                {
                    var name = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(aux + 8)..]);
                    var end = Array.IndexOf(elf, (byte)0, strings + name);
                    if (Encoding.ASCII.GetString(elf, strings + name, end - strings - name) == Version)
                    {
                        flagsOffset = aux + 4;
                        return true;
                    }

                    aux += (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(aux + 12)..]);
                }

                need += (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(need + 12)..]);
            }
        }

        return false;
    }
}
