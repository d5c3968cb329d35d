using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

[assembly: AssemblyFixture(typeof(CareForAll.Store.Tests.Backends.PostgresCluster))]

namespace CareForAll.Store.Tests.Backends;

/// <summary>
/// A throwaway PostgreSQL server for the whole test run: on first use it runs initdb into a temporary folder,
/// starts it with pg_ctl on a free loopback port (socket in the same folder) and hands out one new database per
/// test; at the end it stops the server and deletes the folder. The binaries are found under
/// /usr/lib/postgresql/*/bin (Debian's postgresql package, which ./test.sh installs). initdb refuses to run as
/// root, so as root every server command runs as the postgres OS user through runuser.
/// </summary>
public sealed class PostgresCluster : IStoreBackend, IAsyncDisposable
{
    private const string BinariesRoot = "/usr/lib/postgresql";
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? folder;
    private string? binaries;
    private int port;

    public StoreProvider Provider => StoreProvider.Postgres;

    public async Task<string> CreateEmptyDatabaseAsync()
    {
        await EnsureStartedAsync();
        var name = "careforall_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (folder is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await RunAsync(Path.Combine(binaries!, "pg_ctl"), "-D", Data, "-m", "immediate", "-w", "stop");
            Directory.Delete(folder, recursive: true);
            folder = null;
        }

        gate.Dispose();
    }

    private string Data => Path.Combine(folder!, "data");

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Pooling=True;Include Error Detail=True";

    private async Task EnsureStartedAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (folder is not null)
            {
                return;
            }

            binaries = FindBinaries();
            var created = Directory.CreateTempSubdirectory("careforall-pg-").FullName;
            if (Environment.IsPrivilegedProcess)
            {
                await RunAsync("chown", "postgres:postgres", created);
            }

            folder = created;
            port = FreeLoopbackPort();
            await RunAsync(Path.Combine(binaries, "initdb"), "-D", Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
            await RunAsync(
                Path.Combine(binaries, "pg_ctl"), "-D", Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
                "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start");
        }
        finally
        {
            gate.Release();
        }
    }

    private static string FindBinaries()
    {
        var found = Directory.Exists(BinariesRoot)
            ? Directory.GetDirectories(BinariesRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            $"PostgreSQL is not installed (no initdb under {BinariesRoot}/*/bin): run ./test.sh, which installs it " +
            "(apt-get install postgresql), before running the store tests.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo
        {
            WorkingDirectory = folder ?? Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Environment.IsPrivilegedProcess && program != "chown")
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", program, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
        }
    }
}
