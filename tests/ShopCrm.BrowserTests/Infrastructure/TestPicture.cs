using System.IO.Compression;

namespace ShopCrm.BrowserTests.Infrastructure;

// A real PNG drawn in code (a reel-like disc on a sky gradient), so uploads in tests show a picture
// in screenshots without any image files in the repository.
public static class TestPicture
{
    public static string WritePng(string fileName, int size = 240)
    {
        var raw = new byte[size * (1 + size * 3)];
        var center = size / 2.0;
        for (var y = 0; y < size; y++)
        {
            var row = y * (1 + size * 3);
            raw[row] = 0;
            for (var x = 0; x < size; x++)
            {
                var distance = Math.Sqrt(Math.Pow(x - center, 2) + Math.Pow(y - center, 2));
                (byte r, byte g, byte b) pixel = distance switch
                {
                    < 18 => (230, 230, 235),
                    < 70 => (40, 44, 52),
                    < 80 => (200, 120, 30),
                    _ => ((byte)(200 - y / 3), (byte)(225 - y / 4), 245),
                };
                var at = row + 1 + x * 3;
                (raw[at], raw[at + 1], raw[at + 2]) = pixel;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteInt(header, 0, size);
        WriteInt(header, 4, size);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        var path = Path.Combine(Directory.CreateTempSubdirectory("shopcrm-picture-").FullName, fileName);
        File.WriteAllBytes(path, png.ToArray());
        return path;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteInt(length, 0, data.Length);
        png.Write(length);
        var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        var crc = new byte[4];
        WriteInt(crc, 0, (int)Crc32(typeAndData));
        png.Write(crc);
    }

    private static void WriteInt(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
