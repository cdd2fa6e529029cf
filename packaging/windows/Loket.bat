@echo off
rem Loket for Windows, portable: needs Java 17 or newer installed (e.g. Eclipse Temurin 17 JRE).
rem   Loket.bat                   opens the app (double-click)
rem   Loket.bat check             runs an admin command in this window (Loket.bat --help lists them)
setlocal
set "HERE=%~dp0"
rem Memory of a desk (docs/BENCHMARKS.md, issue 16): the same options as packaging/build-linux.sh
set "MEMORY=-Xmx192m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:+UseSerialGC"
set "JAVA=java"
set "JAVAW=javaw"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  set "JAVAW=%JAVA_HOME%\bin\javaw.exe"
)
"%JAVA%" -XshowSettings:properties -version 2>&1 | findstr /r /c:"java.specification.version = 1[7-9]" /c:"java.specification.version = [2-9][0-9]" >nul
if errorlevel 1 (
  echo Loket membutuhkan Java 17 atau lebih baru, dan Java itu tidak ditemukan di komputer ini.
  echo Pasang Java 17 ^(misalnya Eclipse Temurin 17 JRE, dengan pilihan "Set JAVA_HOME"^), lalu jalankan Loket lagi.
  pause
  exit /b 1
)
if "%~1"=="" (
  start "Loket" "%JAVAW%" %MEMORY% -cp "%HERE%lib\*" id.kalbarprov.loket.Launcher
  exit /b 0
)
"%JAVA%" %MEMORY% -cp "%HERE%lib\*" id.kalbarprov.loket.Launcher %*
exit /b %errorlevel%
