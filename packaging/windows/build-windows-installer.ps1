# Builds the Loket installer for Windows (an .msi with its own Java runtime: nothing else to install on
# a clerk's PC). Runs ON WINDOWS ONLY (jpackage builds for the system it runs on); not run by the
# Linux build. Step by step: packaging/README.md, "Windows installer".
#
#   powershell -ExecutionPolicy Bypass -File build-windows-installer.ps1 -Zip Loket-0.1.0-windows.zip [-Type msi|exe] [-NoCds]
#
# Needs: a JDK 17+ with jpackage (e.g. Eclipse Temurin 17 JDK, x64) on the PATH or in JAVA_HOME, and
# WiX Toolset 3.14 (candle.exe, light.exe on the PATH; jpackage of JDK 17-21 uses WiX 3).
# Input: the portable zip made by packaging/build-windows-zip.sh (its lib folder has loket.jar, the
# libraries and the Windows JavaFX jars).
#
# Class-data sharing (docs/decisions/0015): the JDK 17 archive is tied to the absolute path of
# loket.jar, so the app image is built where the installer puts it ("C:\Program Files\Loket", run
# as Administrator), trained there (one launch that exits by itself) and archived; the installer
# installs into that same folder (no folder choice). -NoCds skips this (image under .\out instead).
param(
    [Parameter(Mandatory = $true)][string]$Zip,
    [ValidateSet("msi", "exe")][string]$Type = "msi",
    [switch]$NoCds
)
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$jdkBin = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME "bin" } else { Split-Path -Parent (Get-Command jpackage).Source }
$jpackage = Join-Path $jdkBin "jpackage.exe"

$work = Join-Path $here "out"
Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $work | Out-Null
Expand-Archive -Path $Zip -DestinationPath $work
$lib = Join-Path $work "Loket\lib"
$version = ((Get-Content (Join-Path $work "Loket\VERSION.txt")) -replace "-.*$", "").Trim()

$imageParent = if ($NoCds) { Join-Path $work "image" } else { $env:ProgramFiles }
$image = Join-Path $imageParent "Loket"
if (Test-Path $image) { throw "$image exists already: uninstall Loket or remove that folder first." }

& $jpackage --type app-image --name Loket --app-version $version `
    --vendor "Diskominfo Provinsi Kalimantan Barat" `
    --description "Loket: layanan Diskominfo Provinsi Kalimantan Barat" `
    --icon (Join-Path $here "loket.ico") `
    --input $lib --main-jar loket.jar --main-class id.kalbarprov.loket.Launcher `
    --add-modules "java.base,java.desktop,java.logging,java.naming,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.jfr,java.management" `
    --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2" `
    --java-options '-XX:SharedArchiveFile=$APPDIR\loket.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off' `
    --java-options '-Xmx192m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:+UseSerialGC' `
    --add-launcher "LoketPerintah=$(Join-Path $here 'loket-console.properties')" `
    --dest $imageParent
if ($LASTEXITCODE -ne 0) { throw "jpackage app-image failed" }

if (-not $NoCds) {
    $app = Join-Path $image "app"
    $cfg = Join-Path $app "Loket.cfg"
    $original = Get-Content $cfg
    # the training launch: lists the classes a start loads, exits 3 s after the sign-in screen
    ($original -replace '^\[JavaOptions\]$', "[JavaOptions]`njava-options=-XX:DumpLoadedClassList=`$APPDIR\loket.classlist") |
        Set-Content $cfg
    $trainDir = Join-Path $env:TEMP ("loket-training-" + [guid]::NewGuid())
    $env:LOKET_EXIT_AFTER_START = "3"
    Start-Process -Wait -FilePath (Join-Path $image "Loket.exe") -ArgumentList @("--db", (Join-Path $trainDir "loket.db"))
    Remove-Item Env:\LOKET_EXIT_AFTER_START
    $original | Set-Content $cfg
    Remove-Item -Recurse -Force $trainDir -ErrorAction SilentlyContinue
    & (Join-Path $image "runtime\bin\java.exe") -Xshare:dump "-XX:SharedClassListFile=$app\loket.classlist" `
        "-XX:SharedArchiveFile=$app\loket.jsa" -cp "$app\loket.jar" | Out-Null
    if (-not (Test-Path "$app\loket.jsa")) { throw "no CDS archive was made" }
}

& $jpackage --type $Type --app-image $image --name Loket --app-version $version `
    --vendor "Diskominfo Provinsi Kalimantan Barat" `
    --description "Loket: layanan Diskominfo Provinsi Kalimantan Barat" `
    --win-menu --win-menu-group "Loket" --win-shortcut `
    --win-upgrade-uuid "6f0a3c8e-6b7e-4f43-9a35-2f1e8d5c7b41" `
    --dest $work
if ($LASTEXITCODE -ne 0) { throw "jpackage $Type failed" }
if (-not $NoCds) { Remove-Item -Recurse -Force $image } # the installer now carries it
Get-ChildItem $work -Filter "Loket-*.$Type" | ForEach-Object { Write-Host "Installer: $($_.FullName)" }
