/**
 * Passwords too common to accept (SECURITY.md S4). Written for this project from widely published
 * "most used password" rankings, with Spanish and Portuguese additions; compared case-insensitively.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `123456 123456789 12345678 password qwerty123 qwerty 12345 1234567 111111 123123 1234567890 000000
abc123 password1 iloveyou 1q2w3e4r 1q2w3e4r5t qwertyuiop 123321 654321 666666 987654321 121212 555555
7777777 88888888 11111111 00000000 112233 123qwe 1qaz2wsx zaq12wsx qazwsx asdfghjkl asdfgh asdf1234
monkey dragon letmein football baseball welcome admin admin123 administrator login master sunshine
princess shadow superman batman trustno1 whatever starwars passw0rd p@ssw0rd p@ssword password123
password12 password1234 qwerty1 qwerty12 abcd1234 abcdef abcdefg abcdefgh aa123456 a123456 a12345678
q1w2e3r4 1a2b3c4d zxcvbnm zxcvbnm123 michael jennifer jordan23 hunter2 freedom charlie maggie ginger
liverpool chelsea arsenal barcelona realmadrid juventus pokemon naruto minecraft fortnite roblox
hello123 helloworld test1234 testing test123 temp1234 changeme default guest user1234 root toor
iloveyou1 loveyou lovely love123 secret secret123 summer2024 winter2024 spring2024 autumn2024
contraseña contrasena contrasena1 contraseña1 contraseña123 contrasena123 clave clave123 clave1234
micontraseña micontrasena mipassword teamo teamo123 tequiero tequiero123 amor amor123 amorcito
corazon corazón princesa princesa1 mariposa estrella angelito bonita hermosa chiquita gatito perrito
mexico mexico123 colombia colombia123 argentina argentina1 peru1234 ecuador panama123 nicaragua
guatemala elsalvador brasil brasil123 brazil senha senha123 senha1234 minhasenha mudar123 mudar
trocar123 amor123456 eusoufoda flamengo corinthians palmeiras saopaulo vasco gremio cruzeiro
futbol futbol123 boca123 bocajuniors river123 america123 chivas chivas123 pumas cruzazul
maria maria123 jesus jesus123 dios dios123 diosesamor diosmeama bendiciones bendecida
123456a 123456abc 123abc abc12345 qwe123 qweasd qweasdzxc asd123 zxc123 1234qwer qwer1234
iloveu 159753 147258 147258369 741852963 963852741 159357 135790 246810 102030 10203040 202020
123654 1122334455 5201314 987654 11223344 121314 131313 232323 252525 696969 999999 101010
123456789a 1234567890a 12345678a 12345a 1234abcd abc123456 asdasd asdasd123 azerty qazxsw
sexy sexy123 hottie putita puta123 fuckyou fuckyou1 bitch123 colectiva colectiva123 promotora
trabajo trabajo123 trabajadora organizacion organización comunidad derechos derechos123
bienvenido bienvenida bienvenido1 hola1234 hola123 holahola adios123 gracias gracias123
computadora computador internet internet1 celular celular123 telefono teléfono whatsapp
facebook facebook1 instagram google google123 yahoo hotmail gmail microsoft windows apple
samsung huawei motorola iphone android nokia xiaomi 12qwaszx 1qazxsw2 2wsx3edc 3edc4rfv`
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.toLowerCase()),
);
